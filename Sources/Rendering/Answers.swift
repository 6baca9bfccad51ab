// Renderers take the answer table that evaluation makes; whoever renders sees its type.
@_exported import Answers
