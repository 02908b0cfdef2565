namespace SecureChat.Relay;

/// <summary>Liveness and readiness for load balancers and orchestrators.</summary>
internal static class HealthEndpoints
{
    /// <summary>
    /// Maps <c>/healthz</c> (200 while the process serves at all) and <c>/readyz</c> (200 while every
    /// <see cref="IReadinessCheck"/> holds; else 503 naming the ones that do not).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => "ok\n");
        endpoints.MapGet("/readyz", ReadyAsync);
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(IEnumerable<IReadinessCheck> checks, CancellationToken aborted)
    {
        List<string> failing = [];
        foreach (var check in checks)
        {
            if (!await check.IsReadyAsync(aborted).ConfigureAwait(false))
            {
                failing.Add(check.Name);
            }
        }

        return failing.Count == 0
            ? Results.Text("ready\n")
            : Results.Text($"not ready: {string.Join(", ", failing)}\n", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
