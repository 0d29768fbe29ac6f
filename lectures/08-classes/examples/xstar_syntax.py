# What the compiler refuses around except*.
for src in ("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
