# str.casefold follows Unicode full case folding code point by code point;
# identifiers are compared in NFKC form.
samples = ["Straße", "ẞ", "ΣΑΣ ς", "ﬁ ﬀ", "ǰ", "ΐ", "ı İ", "ꭰꭱ Ᏸ", "µ", "ſ", "ᾈ", "Ǆǅǆ", "Ⅻ", "Ａｂ"]
for s in samples:
    folded = s.casefold()
    print(repr(folded), [hex(ord(c)) for c in folded])
print("ǰ".casefold() == "ǰ", len("ǰ".casefold()))
print("MASSE".casefold() == "Maße".casefold())

µ = "micro"
print(μ)
ﬁle = "ligature"
print(file)
𝐱 = 5
print(x + 1)
ℌ = 3
print(H, "ℌ" in dir(), "H" in dir())
class Ｋ:
    ａ = 1
print(K.a, K.__name__)
