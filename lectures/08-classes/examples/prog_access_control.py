# Role-based access control with a decorator that checks the bound instance's role; PermissionError.
class User:
    def __init__(self, name, *roles):
        self.name = name
        self.roles = set(roles)
    def __repr__(self):
        return f'User({self.name!r})'

def requires(role):
    def decorator(method):
        def wrapper(self, user, *args):
            if role not in user.roles:
                raise PermissionError(f'{user.name} needs role {role!r} for {method.__name__}()')
            return method(self, user, *args)
        wrapper.__name__ = method.__name__
        wrapper.required_role = role
        return wrapper
    return decorator

class Document:
    def __init__(self, title):
        self.title = title
        self.body = ''
        self.log = []

    @requires('reader')
    def read(self, user):
        self.log.append(('read', user.name))
        return self.body or '<empty>'

    @requires('editor')
    def write(self, user, text):
        self.body += text
        self.log.append(('write', user.name))

    @requires('admin')
    def delete(self, user):
        self.body = ''
        self.log.append(('delete', user.name))

doc = Document('plan')
ann = User('ann', 'reader', 'editor')
bob = User('bob', 'reader')
root = User('root', 'reader', 'editor', 'admin')
for user, action, args in [(ann, 'write', ('step 1. ',)), (bob, 'read', ()), (bob, 'write', ('x',)),
                           (ann, 'delete', ()), (root, 'delete', ()), (ann, 'read', ())]:
    try:
        result = getattr(doc, action)(user, *args)
        print(f'{user.name:5} {action:7} ok', '' if result is None else repr(result))
    except PermissionError as e:
        print(f'{user.name:5} {action:7} denied: {e}')
print(doc.log)
print([(n, getattr(Document, n).required_role) for n in ('read', 'write', 'delete')])
print(type(doc.read).__name__, doc.read.__name__, issubclass(PermissionError, OSError))
