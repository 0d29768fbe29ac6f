def down():
    down()

down()
