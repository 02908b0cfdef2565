namespace SecureChat.Relay.Backplane;

/// <summary>What became of a message sent to a member.</summary>
internal enum BackplaneDelivery
{
    /// <summary>Handed to the member's inbox, or to its instance through Redis.</summary>
    Delivered,

    /// <summary>No such member any more (its instance has no subscriber, or it already left).</summary>
    Gone,

    /// <summary>Redis could not be reached.</summary>
    Failed,
}
