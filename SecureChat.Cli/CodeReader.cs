using SecureChat.Protocol;
using Spectre.Console;

namespace SecureChat.Cli;

/// <summary>
/// Reads the invite code at a prompt with the chat's own <see cref="LineEditor"/>, because Spectre's prompt has
/// no Tab: Tab completes the current word from the wordlist, or lists the candidates when it is not unique.
/// Asks again until the code parses.
/// </summary>
internal sealed class CodeReader(IAnsiConsole console, IReadOnlyList<string> words)
{
    public const string Prompt = "Invite code: ";

    /// <summary>How many candidates Tab lists before saying how many more there are.</summary>
    public const int MaxCandidatesShown = 12;

    /// <summary>Reads until a code parses; returns the invite.</summary>
    public RoomInvite Read()
    {
        console.MarkupLine("[grey]Type the code you were given (ROOMID-word-word-word). Tab completes a word.[/]");
        var editor = new LineEditor();
        Draw(editor);
        while (true)
        {
            var key = console.Input.ReadKey(intercept: true)
                ?? throw new InvalidOperationException("The input ended before an invite code was typed.");
            if (key.Key == ConsoleKey.Tab)
            {
                Complete(editor);
                continue;
            }

            var line = editor.Apply(key);
            if (line is null)
            {
                Draw(editor);
                continue;
            }

            console.WriteLine();
            if (RoomInvite.TryParse(line.Trim(), out var invite))
            {
                return invite;
            }

            console.MarkupLine("[red]That is not an invite code: ROOMID-word-word-word, as the creator shows it.[/]");
            Draw(editor);
        }
    }

    private void Complete(LineEditor editor)
    {
        var completion = WordCompletion.Complete(editor.Text, words);
        editor.SetText(completion.Text);
        if (completion.Candidates.Count > 1)
        {
            console.WriteLine();
            var shown = string.Join("  ", completion.Candidates.Take(MaxCandidatesShown));
            var more = completion.Candidates.Count - MaxCandidatesShown;
            console.Write(new Text(more > 0 ? $"{shown}  (+{more} more)" : shown, new Style(Color.Grey)));
            console.WriteLine();
        }

        Draw(editor);
    }

    private void Draw(LineEditor editor)
    {
        var width = Math.Max(console.Profile.Width - Prompt.Length - 1, 1);
        var text = editor.Text;
        var (visible, column) = InputWindow.Fit(
            TerminalText.Sanitize(text[..editor.Cursor]), TerminalText.Sanitize(text[editor.Cursor..]), width);
        if (console.Profile.Capabilities.Ansi)
        {
            console.WriteAnsi(static w =>
            {
                w.Write("\r");
                w.EraseInLine(2);
            });
        }
        else if (text.Length > 0)
        {
            // No cursor control: each redraw goes on a line of its own.
            console.WriteLine();
        }

        console.Write(new Text(Prompt, new Style(decoration: Decoration.Bold)));
        console.Write(new Text(visible));
        var back = DisplayWidth.Of(visible) - column;
        if (console.Profile.Capabilities.Ansi && back > 0)
        {
            console.WriteAnsi(w => w.CursorLeft(back));
        }
    }
}
