# An AttributeError through super(), uncaught.
class Base:
    def save(self):
        return 'saved'
class Model(Base):
    def save(self):
        print('validating')
        return super().save()
    def save_typo(self):
        print('validating again')
        return super().sav()
print(Model().save())
Model().save_typo()
