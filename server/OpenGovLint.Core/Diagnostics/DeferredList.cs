using System.Collections;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>
/// A read-only list built when first read. Related locations of a failing sum (every cell, each with its own message)
/// are many and only some outputs show them; the list is made when one does. The factory must be pure: two threads
/// reading at once may both run it, and one result is kept.
/// </summary>
internal sealed class DeferredList<T> : IReadOnlyList<T>
{
    private readonly Func<IReadOnlyList<T>> build;
    private IReadOnlyList<T>? items;

    public DeferredList(Func<IReadOnlyList<T>> build)
    {
        this.build = build;
    }

    public int Count => Items.Count;

    private IReadOnlyList<T> Items => items ?? LazyInitializer.EnsureInitialized(ref items, build);

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
