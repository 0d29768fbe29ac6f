# A plugin system with __init_subclass__: keyword options, validation, priorities, dispatch.
class Plugin:
    plugins = []

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, 'run'):
            raise TypeError(f'plugin {cls.__name__} must define run()')
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.plugins.append(cls)
        Plugin.plugins.sort(key=lambda p: -p.priority)

    @classmethod
    def run_all(cls, text):
        for p in cls.plugins:
            text = p().run(text)
            print(f'  after {p.plugin_name:8} (priority {p.priority}): {text!r}')
        return text

class Strip(Plugin, priority=10):
    def run(self, text):
        return text.strip()

class Lower(Plugin, name='lower'):
    def run(self, text):
        return text.lower()

class Exclaim(Plugin, name='bang', priority=-5):
    def run(self, text):
        return text + '!'

class Dedupe(Plugin, priority=5):
    def run(self, text):
        out = []
        for word in text.split():
            if not out or out[-1] != word:
                out.append(word)
        return ' '.join(out)

print([p.plugin_name for p in Plugin.plugins])
print(Plugin.run_all('   Hello HELLO world  '))
try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print(e)
try:
    class Weird(Plugin, colour='red'):
        def run(self, text):
            return text
except TypeError as e:
    print(e)
print(len(Plugin.plugins), Strip.plugin_name, Exclaim.priority)
