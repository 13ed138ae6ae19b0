"""The joint system of an article: every stated figure a variable inside its interval, every
relation a constraint over them (:mod:`aktobe_facts.solve.expr`)."""
