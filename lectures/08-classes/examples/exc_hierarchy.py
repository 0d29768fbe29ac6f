# A user exception hierarchy: except clauses match by isinstance, first match wins.
class AppError(Exception): pass
class DBError(AppError): pass
class ConnError(DBError): pass
class QueryError(DBError): pass
class AuthError(AppError): pass
def fail(kind):
    raise kind(f'{kind.__name__} happened')
for kind in [ConnError, QueryError, AuthError, AppError, KeyError]:
    try:
        fail(kind)
    except ConnError as e:
        print('connection problem:', e)
    except DBError as e:
        print('database problem:', e)
    except (AuthError, KeyError) as e:
        print('auth or key:', repr(e))
    except AppError as e:
        print('generic app error:', e)
print([c.__name__ for c in ConnError.__mro__])
try:
    try:
        fail(QueryError)
    except DBError as e:
        raise AuthError('wrapped') from e
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
