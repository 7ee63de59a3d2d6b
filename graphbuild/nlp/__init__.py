"""NLP: `Document` text in, a parsed spaCy `Doc` with mentions out.
Loads the model plus gazetteer ruler, finds mentions and in-document coreference.
"""
