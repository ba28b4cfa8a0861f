/// The entry point the `postmortem` executable calls.
public enum PostmortemTool {
    /// Parses the process's arguments, runs the command and exits (2 on a usage error).
    public static func main() { PostmortemCommand.main() }
}
