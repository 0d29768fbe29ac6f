# A word counter class (dict subclass) with most_common, arithmetic and a readable report.
class WordCounter(dict):
    def __init__(self, text=''):
        super().__init__()
        self.update_text(text)

    def __missing__(self, word):
        return 0

    def update_text(self, text):
        for raw in text.split():
            word = raw.strip('.,!?;:"\'').lower()
            if word:
                self[word] += 1
        return self

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]

    def __add__(self, other):
        result = WordCounter()
        for src in (self, other):
            for w, c in src.items():
                result[w] += c
        return result

    def __repr__(self):
        return f'WordCounter({self.most_common(3)}...)' if len(self) > 3 else f'WordCounter({dict(self)})'

text = 'The cat sat on the mat. The mat was flat; the cat was fat!'
wc = WordCounter(text)
print(wc.most_common(3))
print(wc['the'], wc['dog'], 'dog' in wc, len(wc))
more = WordCounter('cat cat dog')
both = wc + more
print(both.most_common(2), type(both).__name__)
print(WordCounter('a b a'))
print(both)
for word, count in wc.most_common(4):
    print(f'{word:>5} {"*" * count}')
