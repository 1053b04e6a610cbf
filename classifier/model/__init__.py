"""Model: the features, the fit, the saved model format and training.

:mod:`.features` builds the model's input frame, :mod:`.fit` the scikit-learn pipeline,
:mod:`.saved` reads and writes a model as data (arrays and a manifest), :mod:`.train`
fits one on a labelled export; :mod:`.scoring` computes a saved model's probabilities
without scikit-learn, held equal to the pipeline by its oracle tests.
"""
