/// `import` and `from … import` statements.
extension ParseSession {
    /// ```
    /// import_name: "import" dotted_as_names
    /// dotted_as_names: dotted_as_name ("," dotted_as_name)*
    /// dotted_as_name: dotted_name ["as" NAME]
    /// ```
    mutating func importStatement() throws -> Stmt {
        let location = try expectKeyword("import").location
        var names: [ImportName] = []
        repeat {
            let start = current.location
            let module = try dottedName()
            let alias: String? = matchKeyword("as") ? try expectName().text : nil
            names.append(ImportName(name: module, asName: alias, at: start))
        } while match(",")
        return Stmt(.import(names), at: location)
    }

    /// `dotted_name: NAME ("." NAME)*`
    mutating func dottedName() throws -> String {
        var name = try expectName().text
        while match(".") { name += "." + (try expectName().text) }
        return name
    }

    /// ```
    /// import_from: "from" (dots? dotted_name | dots) "import"
    ///              ("*" | "(" import_as_names_parenthesized ")" | import_as_names)
    /// dots: ("." | "...")+
    /// ```
    mutating func fromImportStatement() throws -> Stmt {
        let location = try expectKeyword("from").location
        var level = 0
        while check(".") || check("...") { level += advance().text.count }
        let module: String? = (level > 0 && checkKeyword("import")) ? nil : try dottedName()
        try expectKeyword("import")
        if match("*") {
            return Stmt(.importFrom(module: module, names: [], level: level), at: location)
        }
        let names: [ImportName]
        if match("(") {
            names = try importAsNames(parenthesized: true)
            try expect(")")
        } else {
            names = try importAsNames(parenthesized: false)
        }
        return Stmt(.importFrom(module: module, names: names, level: level), at: location)
    }

    /// ```
    /// import_as_names: import_as_name ("," import_as_name)*
    /// import_as_names_parenthesized: import_as_name ("," import_as_name)* [","]
    /// import_as_name: NAME ["as" NAME]
    /// ```
    /// A trailing comma needs the parentheses.
    mutating func importAsNames(parenthesized: Bool) throws -> [ImportName] {
        var names: [ImportName] = []
        repeat {
            if !names.isEmpty, current.kind != .name {
                if parenthesized { break }
                throw failure("trailing comma not allowed without surrounding parentheses", at: current.location)
            }
            let name = try expectName()
            let alias: String? = matchKeyword("as") ? try expectName().text : nil
            names.append(ImportName(name: name.text, asName: alias, at: name.location))
        } while match(",")
        return names
    }
}
