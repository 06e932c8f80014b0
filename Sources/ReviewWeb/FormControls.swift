/// Labelled inputs and selects, so every form field has a `<label>` tied to it by id.
enum FormControls {
    /// A labelled input; `list` names a `<datalist>` of suggestions.
    static func input(_ name: String, label: String, value: String, type: String = "text", id: String? = nil,
                      list: String? = nil) -> HTML {
        let id = id ?? "f-" + name
        let suggestions: HTML = list.map { " list=\"\($0)\"" } ?? .empty
        return """
        <div><label for="\(id)">\(label)</label>\
        <input type="\(type)" id="\(id)" name="\(name)" value="\(value)"\(suggestions)></div>
        """
    }

    /// A labelled select with `value` chosen; the first option is usually "any".
    static func select(_ name: String, label: String, value: String, options: [(value: String, text: String)],
                       id: String? = nil) -> HTML {
        let id = id ?? "f-" + name
        let choices = options.map { option -> HTML in
            "<option value=\"\(option.value)\"\(option.value == value ? " selected" as HTML : .empty)>\(option.text)</option>"
        }
        return """
        <div><label for="\(id)">\(label)</label><select id="\(id)" name="\(name)">\(choices)</select></div>
        """
    }

    /// Suggestions for inputs that name it; browsers offer them without any script.
    static func datalist(_ id: String, _ values: [String]) -> HTML {
        "<datalist id=\"\(id)\">\(values.map { "<option value=\"\($0)\"></option>" as HTML })</datalist>"
    }
}
