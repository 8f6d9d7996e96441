"""Public hypothesis strategies for testing extractors (claimcheck's and yours).

``claimcheck.testing.numbers`` renders numeric values in news surface forms;
``claimcheck.testing.dates`` renders dates, relative dates and clock times.
Each strategy draws a rendered sentence together with the value it must
extract back, so a property test is one ``@given`` and one assertion.
"""
