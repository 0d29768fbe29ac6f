foo(1, """abc
