# A toy HTTP router: route decorators on a class, request/response objects, 404/405 errors.
class HTTPError(Exception):
    def __init__(self, status, message):
        super().__init__(f'{status} {message}')
        self.status = status

class Request:
    def __init__(self, method, path, body=None):
        self.method, self.path, self.body = method, path, body
    def __repr__(self):
        return f'<Request {self.method} {self.path}>'

class Response:
    def __init__(self, body, status=200):
        self.body, self.status = body, status
    def __str__(self):
        return f'HTTP {self.status}: {self.body}'

class Router:
    def __init__(self):
        self.routes = {}

    def route(self, path, methods=('GET',)):
        def decorator(handler):
            for m in methods:
                self.routes[(m, path)] = handler
            return handler
        return decorator

    def dispatch(self, request):
        try:
            handler = self.routes.get((request.method, request.path))
            if handler is None:
                if any([p == request.path for (_, p) in self.routes]):
                    raise HTTPError(405, 'Method Not Allowed')
                raise HTTPError(404, 'Not Found')
            result = handler(request)
            return result if isinstance(result, Response) else Response(result)
        except HTTPError as e:
            return Response(str(e), e.status)
        except Exception as e:
            return Response(f'500 Internal Server Error ({type(e).__name__}: {e})', 500)

app = Router()
users = {'1': 'ann'}

@app.route('/')
def index(req):
    return 'hello'

@app.route('/users', methods=('GET', 'POST'))
def user_list(req):
    if req.method == 'POST':
        uid = str(len(users) + 1)
        users[uid] = req.body
        return Response(f'created {uid}', 201)
    return ', '.join(sorted(users.values()))

@app.route('/crash')
def crash(req):
    return {}['boom']

for req in [Request('GET', '/'), Request('POST', '/users', 'bob'), Request('GET', '/users'),
            Request('DELETE', '/users'), Request('GET', '/nope'), Request('GET', '/crash')]:
    print(f'{req!r:28} -> {app.dispatch(req)}')
print(sorted(app.routes))
