namespace SecureChat.Cli;

/// <summary>
/// Carries out what a typed line asks for: messages go to the session, commands change the screen. Apart from
/// the session's two verbs (passed in), so a test can drive it on a test console.
/// </summary>
internal sealed class ChatCommandRouter(ChatScreen screen, ProtocolMode protocol, Action<string> send, Action quit, FileTransfers? files = null)
{
    public void Handle(ChatCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        switch (command)
        {
            case SendMessage message:
                // Shown when the session reports it sent (or refused) it, never before.
                send(message.Text);
                break;
            case QuitCommand:
                quit();
                break;
            case HelpCommand:
                screen.ShowHelp();
                break;
            case VerifyCommand when protocol == ProtocolMode.Hardened:
                if (screen.Status is { } status)
                {
                    screen.SetStatus(status with { Verified = true });
                }

                screen.ShowNotice("Marked as verified: you and your peer saw the same words.");
                break;
            case VerifyCommand:
                screen.ShowNotice("Legacy sessions have no words to verify: compare the safety number instead.");
                break;
            case SendFileCommand or AcceptFileCommand or DeclineFileCommand or CancelFileCommand when files is null:
                screen.ShowNotice("File transfer needs a hardened session; this legacy session has none.");
                break;
            case SendFileCommand c:
                Answer(files!.Send(c.Path));
                break;
            case AcceptFileCommand c:
                Answer(files!.Accept(c.Id));
                break;
            case DeclineFileCommand c:
                Answer(files!.Decline(c.Id));
                break;
            case CancelFileCommand c:
                Answer(files!.Cancel(c.Id));
                break;
            case UnknownCommand unknown:
                screen.ShowNotice($"Unknown command {unknown.Name}. /help lists commands.");
                break;
        }
    }

    private void Answer(FileCommandResult result)
    {
        if (FileNoticeText.For(result) is { } notice)
        {
            screen.ShowNotice(notice);
        }
    }
}
