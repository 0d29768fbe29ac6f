print("before")
sys.exit(0)
