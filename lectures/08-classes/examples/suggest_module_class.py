# Suggestion on a class attribute (type object).
class Config:
    DEBUG = True
    VERBOSE = False
print(Config.DEBUG)
print(Config.VERBOSE_MODE)
