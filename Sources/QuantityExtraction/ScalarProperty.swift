/// Unicode property reads of the quantity stage, each out of line and never inlined: a property read anywhere in
/// a function made it fetch the properties' type metadata and size a stack slot at every call, whether it read a
/// property or not.
enum ScalarProperty {
    @inline(never)
    static func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.changesWhenLowercased
    }
}
