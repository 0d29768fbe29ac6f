# String building, splitting and dictionary counting.
def run(n):
    words = []
    for i in range(n):
        words.append("w" + str(i % 1000))
    text = " ".join(words)
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    keys = sorted(counts)
    return len(text), len(keys), counts["w7"], keys[0], keys[-1]

print("checksum", run(300000))
