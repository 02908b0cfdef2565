using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;

namespace SecureChat.Pipeline;

/// <summary>
/// The outbound rate-limit stage: accepted lines leave while the bucket has tokens, then wait in a bounded
/// queue and leave one per token; a line that finds the queue full is refused with
/// <see cref="ErrorCode.RateLimited"/>. Refused lines pass straight through. Order is kept.
/// </summary>
internal static class RateLimit
{
    public static IObservable<OutboundLine> Apply(IObservable<OutboundLine> source, RateLimitOptions options, IScheduler scheduler) =>
        Observable.Create<OutboundLine>(observer =>
        {
            // Per-subscription state: nothing is shared between subscribers and nothing runs before one.
            var gate = new object();
            var bucket = new TokenBucket(options, scheduler.Now);
            var queue = new Queue<OutboundLine>();
            var timer = new SerialDisposable();
            var sourceDone = false;

            void Drain()
            {
                lock (gate)
                {
                    while (queue.Count > 0 && bucket.TryTake(scheduler.Now))
                    {
                        observer.OnNext(queue.Dequeue());
                    }

                    if (queue.Count > 0)
                    {
                        timer.Disposable = scheduler.Schedule(bucket.TimeUntilNextToken(scheduler.Now), Drain);
                    }
                    else if (sourceDone)
                    {
                        observer.OnCompleted();
                    }
                }
            }

            var subscription = source.Subscribe(
                line =>
                {
                    lock (gate)
                    {
                        if (!line.IsAccepted)
                        {
                            observer.OnNext(line);
                        }
                        else if (queue.Count == 0 && bucket.TryTake(scheduler.Now))
                        {
                            observer.OnNext(line);
                        }
                        else if (queue.Count < options.MaxQueued)
                        {
                            queue.Enqueue(line);
                            if (queue.Count == 1)
                            {
                                timer.Disposable = scheduler.Schedule(bucket.TimeUntilNextToken(scheduler.Now), Drain);
                            }
                        }
                        else
                        {
                            observer.OnNext(line.Refuse(ErrorCode.RateLimited));
                        }
                    }
                },
                error =>
                {
                    lock (gate)
                    {
                        observer.OnError(error);
                    }
                },
                () =>
                {
                    lock (gate)
                    {
                        sourceDone = true;
                        if (queue.Count == 0)
                        {
                            observer.OnCompleted();
                        }
                    }
                });

            return new CompositeDisposable(subscription, timer);
        });
}
