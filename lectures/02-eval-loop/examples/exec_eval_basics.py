# exec, eval and compile on the eval loop alone (VM_02): code made from text at run time
# runs in the caller's namespaces, and its frames show in tracebacks as <string>.
exec("greeting = 'hello'")
print(greeting)
print(eval("greeting"))
print(eval("  \tgreeting"))
print(exec("None"))

def show():
    exec("print('exec inside a function')")
    print(eval("show") is show)
show()

code = compile("print('compiled once')", "<mine>", "exec")
print(type(code))
exec(code)
exec(code)
print(eval(compile("greeting", "<expr>", "eval")))

def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: exec(None))
check(lambda: eval(None))
check(lambda: compile(None, "f", "exec"))
check(lambda: compile("x", "f", "run"))
check(lambda: compile("x x", "bad.py", "exec"))
check(lambda: exec("x\0"))
check(lambda: exec("a", None, 7))
check(lambda: eval("a", None, 7))
check(lambda: exec("missing_name"))
check(lambda: vars(None))
check(lambda: globals(None))
print(vars() is globals())

def fails():
    exec("def inner():\n    raise ValueError('raised in exec')\ninner()")
fails()
