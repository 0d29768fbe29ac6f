# An AttributeError through super(), uncaught.
class Base:
    def save(self):
        return 'saved'
class Model(Base):
    def save(self):
        print('validating')
        return super().sav()
Model().save()
