#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread key holding one object for each thread that asks, made on its first call and released when its
/// thread ends: what a stage, which threads share, keeps from one article to the next without a lock.
public struct ThreadLocal<Value: AnyObject>: @unchecked Sendable {
    @usableFromInline let key: pthread_key_t

    public init() {
        var key = pthread_key_t()
        // (The destructor is a C function and cannot know `Value`: a release needs no type.)
        guard pthread_key_create(&key, { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }) == 0 else { fatalError("no thread-specific key") }
        self.key = key
    }

    /// The calling thread's object, made by `make` on its first call.
    @inlinable
    public func value(orMake make: () -> Value) -> Value {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Value>.fromOpaque(pointer).takeUnretainedValue()
        }
        let value = make()
        pthread_setspecific(key, Unmanaged.passRetained(value).toOpaque())
        return value
    }
}
