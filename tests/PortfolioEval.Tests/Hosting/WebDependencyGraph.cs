using System.Reflection;
using System.Reflection.Emit;

namespace PortfolioEval.Tests.Hosting;

/// <summary>
/// Which room of PortfolioEval.Web uses which, read from the compiled assembly: every type's signatures, attributes and
/// the members its method bodies touch (IL tokens), nested and compiler-generated types counted in their outer type's room.
/// A room is the namespace's first segment under <c>PortfolioEval.Web</c>; every <c>Pages.*</c> namespace and the
/// compiled views are one room, <c>Pages</c>.
/// </summary>
internal static class WebDependencyGraph
{
    private const string Prefix = "PortfolioEval.Web";
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static Dictionary<string, HashSet<string>> Of(Assembly assembly) => Of(assembly, Prefix);

    /// <summary>The same graph for another assembly whose rooms sit under <paramref name="prefix"/> (Core's under <c>PortfolioEval</c>).</summary>
    public static Dictionary<string, HashSet<string>> Of(Assembly assembly, string prefix)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (RoomOf(type, prefix) is not { } from)
                continue;
            var uses = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in TypesUsedBy(type))
            {
                if (used.Assembly == assembly && RoomOf(used, prefix) is { } to && to != from)
                    uses.Add(to);
            }
        }
        return graph;
    }

    /// <summary>The room of a type of the web assembly; null for what the compiler adds outside any namespace.</summary>
    public static string? RoomOf(Type type) => RoomOf(type, Prefix);

    private static string? RoomOf(Type type, string prefix)
    {
        // A nested type (a closure, an async state machine) belongs where the type it is written in does.
        while (type.DeclaringType is { } outer)
            type = outer;
        var ns = type.Namespace;
        if (ns is null)
            return type.Name.StartsWith('<') ? null : "Program";
        if (ns == "AspNetCoreGeneratedDocument")
            return "Pages";
        if (ns == prefix)
            return "(root)";
        if (!ns.StartsWith(prefix + ".", StringComparison.Ordinal))
            return null;
        return ns[(prefix.Length + 1)..].Split('.')[0];
    }

    /// <summary>Every room that is part of a cycle, each cycle as one set (Tarjan's strongly connected components).</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Cycles(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlySet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.TryGetValue(node, out var uses) ? uses : [])
            {
                if (!index.TryGetValue(next, out var reached))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], reached);
                }
            }
            if (low[node] != index[node])
                return;
            var component = new HashSet<string>(StringComparer.Ordinal);
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            if (component.Count > 1)
                cycles.Add(component);
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
                Visit(node);
        }
        return cycles;
    }

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } baseType)
            found.Add(baseType);
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var field in type.GetFields(Declared))
            found.Add(field.FieldType);
        foreach (var property in type.GetProperties(Declared))
            found.Add(property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
                found.Add(info.ReturnType);
            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(method.GetCustomAttributesData().Select(a => a.AttributeType));
            found.AddRange(TypesInBody(method));
        }
        return found.SelectMany(Unwrap);
    }

    /// <summary>Arrays, pointers, by-refs and generic arguments down to the types they are made of.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
            return Unwrap(type.GetElementType()!);
        if (type.IsGenericParameter)
            return [];
        if (!type.IsGenericType)
            return [type];
        return type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition());
    }

    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
                value = unchecked((short)(0xFE00 | il[at++]));
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    if (member is Type used)
                        yield return used;
                    else if (member?.DeclaringType is { } declaringType)
                        yield return declaringType;
                    if (member is MethodInfo called)
                        yield return called.ReturnType;
                    // services.AddScoped<BookReports>() names BookReports only as the method's type argument.
                    if (member is MethodBase { IsGenericMethod: true } generic)
                    {
                        foreach (var argument in generic.GetGenericArguments())
                            yield return argument;
                    }
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
