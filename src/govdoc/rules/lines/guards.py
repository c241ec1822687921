"""The guards a field rule stands before a pattern (`govdoc.guards`: a module under the rules and the field
parsers both), named where the rules have always imported them."""

from govdoc.guards import Ending as Ending
from govdoc.guards import Holding as Holding
from govdoc.guards import Opening as Opening
