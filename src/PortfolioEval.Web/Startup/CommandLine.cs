namespace PortfolioEval.Web.Startup;

/// <summary>Turns the run command's friendly switches into configuration keys.</summary>
public static class CommandLine
{
    /// <summary>
    /// <c>--demo</c> becomes <c>--Demo:Enabled=true</c>; <c>--create-admin you@example.com</c> becomes
    /// <c>--Admin:Email=you@example.com</c>. Everything else passes through.
    /// </summary>
    public static string[] Normalize(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--demo")
                result.Add("--Demo:Enabled=true");
            else if (arg.StartsWith("--create-admin=", StringComparison.Ordinal))
                result.Add("--Admin:Email=" + arg["--create-admin=".Length..]);
            else if (arg == "--create-admin" && i + 1 < args.Length)
                result.Add("--Admin:Email=" + args[++i]);
            else
                result.Add(arg);
        }
        return [.. result];
    }
}
