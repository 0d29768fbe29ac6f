# Suggestion on a class attribute (type object); VERBOSE_MODE is too far from VERBOSE.
class Config:
    DEBUG = True
    VERBOSE = False
print(Config.DEBUG)
try:
    Config.DEBGU
except AttributeError as e:
    print(e)
print(Config.VERBOSE_MODE)
