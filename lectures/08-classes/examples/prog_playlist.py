# A music playlist: Song value objects, a Playlist sequence with slicing, shuffling and durations.
class Song:
    def __init__(self, title, artist, seconds):
        self.title, self.artist, self.seconds = title, artist, seconds

    @property
    def length(self):
        m, s = divmod(self.seconds, 60)
        return f'{m}:{s:02d}'

    def __eq__(self, other):
        return isinstance(other, Song) and (self.title, self.artist) == (other.title, other.artist)

    def __hash__(self):
        return hash((self.title, self.artist))

    def __repr__(self):
        return f'{self.title} ({self.length})'

class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self.songs = []
        for s in songs:
            self.add(s)

    def add(self, song):
        if song in self.songs:
            print(f'skipping duplicate {song.title!r}')
            return
        self.songs.append(song)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f'{self.name} (part)', self.songs[index])
        return self.songs[index]

    def __add__(self, other):
        return Playlist(f'{self.name} + {other.name}', self.songs + other.songs)

    def __contains__(self, title):
        return any([s.title == title for s in self.songs])

    @property
    def total(self):
        m, s = divmod(sum([x.seconds for x in self.songs]), 60)
        return f'{m}:{s:02d}'

    def shuffled(self, seed):
        order = list(range(len(self)))
        for i in range(len(order) - 1, 0, -1):
            seed = (seed * 31 + 7) % 101
            j = seed % (i + 1)
            order[i], order[j] = order[j], order[i]
        return [self.songs[i] for i in order]

    def __repr__(self):
        return f'Playlist({self.name!r}, {len(self)} songs, {self.total})'

rock = Playlist('rock', [Song('One', 'U2', 276), Song('Creep', 'Radiohead', 238), Song('One', 'U2', 276)])
pop = Playlist('pop', [Song('Hello', 'Adele', 295), Song('Yellow', 'Coldplay', 269)])
mix = rock + pop
print(rock, pop, mix)
print(mix[0], mix[-1], mix[1:3], 'Hello' in mix, 'Help' in mix)
print(mix.shuffled(5))
print(sorted(mix.songs, key=lambda s: s.seconds), len({*mix.songs, Song('One', 'U2', 1)}))
try:
    mix[10]
except IndexError as e:
    print('IndexError:', e)
