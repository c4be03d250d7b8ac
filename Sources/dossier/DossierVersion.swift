import DossierScripting

/// The version printed by `dossier --version`.
enum DossierVersion {
    static let string = "\(ScriptingInfo.version) (Lua API \(ScriptingInfo.apiVersion))"
}
