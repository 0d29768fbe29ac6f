# except* with a user-defined exception hierarchy.
class AppError(Exception):
    pass
class NetError(AppError):
    def __init__(self, host):
        super().__init__(f"cannot reach {host}")
        self.host = host
class DiskError(AppError):
    pass
try:
    raise ExceptionGroup("startup", [NetError("a.example"), DiskError("full"), ValueError(0)])
except* NetError as e:
    print("net:", [x.host for x in e.exceptions])
except* AppError as e:
    print("app:", repr(e))
except* ValueError as e:
    print("value:", repr(e))
