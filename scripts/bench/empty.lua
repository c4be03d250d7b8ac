return { on_document = function() end }
