// Module DossierExtraction.
