# A naked exception, and a new one raised from its except* clause.
try:
    1 / 0
except* ZeroDivisionError as eg:
    raise ValueError("replacement") from eg
