namespace SecureChat.Cli;

/// <summary>What Tab did: the new text, and the candidates to show when the prefix was not unique.</summary>
/// <param name="Text">The code typed so far, completed as far as the words agree.</param>
/// <param name="Candidates">The words that still match when more than one does (empty otherwise).</param>
internal sealed record Completion(string Text, IReadOnlyList<string> Candidates);
