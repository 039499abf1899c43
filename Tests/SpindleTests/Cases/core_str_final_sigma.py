# Python 3: str.lower maps a word-final capital sigma to the final form
for s in ["ΣΑΣ ΟΔΟΣ", "Σ", "ΑΣ", "ΑΣ.", "ΑΣ'Α", "Α'Σ", "ΣΑ", "ΟΔΟΣ, ΣΟΦΟΣ!", "xΣ1", "ΑΣ\u0301", "ABC Σ"]:
    print(repr(s.lower()), repr(s.casefold()))
print("ΟΔΟΣ".lower() == "οδος", "Straße".casefold() == "STRASSE".casefold())
