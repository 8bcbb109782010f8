"""What design reviews read: a counterexample as a story, a step table, two pictures, a trace file.

Everything here starts from a `spec.trace.Trace`, which has already been
replayed through the concrete semantics; nothing in this package asks a
solver anything.
"""
