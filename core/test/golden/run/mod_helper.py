print("mod_helper imported as", __name__)

def shout(s):
    print(s, "!")

def _private():
    pass
