import PostmortemCLI

PostmortemTool.main()
