# A user exception escapes: traceback with the subclass name and its str().
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
def validate(user):
    if not user.get('email'):
        raise ValidationError('email', 'required')
validate({'email': 'a@b'})
print('first user ok')
validate({})
