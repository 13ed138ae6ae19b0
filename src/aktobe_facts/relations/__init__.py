"""Relations between an article's figures, read from a claims file.

The relation model: one module per kind of relation, listed in
:data:`~aktobe_facts.relations.registry.KINDS`. The loader turns a claims file into claims plus
typed :class:`~aktobe_facts.claims.model.Relation` objects: the ``[[relation]]`` tables, and the relations
the older fields state (a claim's counterparts, ``of``, ``base``, ``part``, ``share``,
``same_as``; ``[[group]]``; ``[[ratio]]``: see :mod:`aktobe_facts.relations.migrate`). Every check
reads relations.

A kind module has ``SPEC`` (:class:`~aktobe_facts.relations.base.KindSpec`: its fields, which the
loader validates and the JSON schema is made from, and the check that reports it), ``tests(doc,
relation)`` (its constraints, each with what a finding says about it), and optionally
``validate(relation, doc)`` (an exit-2 problem the field types cannot catch) and
``figures(relation, doc)`` (figures written in the relation itself, such as a factor "3.4 times").
Adding a kind means adding a module and one line in the registry.
"""
