# super() through a diamond with classmethods and properties; the MRO decides each step.
class Base:
    @classmethod
    def chain(cls):
        return ['Base']
    @property
    def label(self):
        return 'Base'
class Left(Base):
    @classmethod
    def chain(cls):
        return ['Left'] + super().chain()
    @property
    def label(self):
        return 'Left>' + super().label
class Right(Base):
    @classmethod
    def chain(cls):
        return ['Right'] + super().chain()
    @property
    def label(self):
        return 'Right>' + super().label
class Bottom(Left, Right):
    @classmethod
    def chain(cls):
        return ['Bottom'] + super().chain()
print(Bottom.chain(), Bottom().label, Left.chain(), Right().label)
print(super(Left, Bottom()).label, super(Left, Bottom).chain())
print([c.__name__ for c in Bottom.mro()])
