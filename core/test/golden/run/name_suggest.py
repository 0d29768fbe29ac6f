def greet():
    print("hello")

greeet()
