// The syntax of Weft (docs/language.md). The tree builder (TreeBuilder.java)
// turns these contexts into syntax-close records; nothing is desugared here.
parser grammar WeftParser;

options { tokenVocab = WeftLexer; }

program
    : NL* (moduleDecl sep)? (importDecl sep)* (topDecl (sep topDecl)*)? sep? EOF
    ;

sep : (NL | SEMI)+ ;

moduleDecl : MODULE qualifiedName ;
importDecl : IMPORT qualifiedName (LPAREN importNames? RPAREN)? ;
importNames : LOWER_ID (COMMA LOWER_ID)* COMMA? ;
qualifiedName : LOWER_ID (DOT LOWER_ID)* ;

topDecl
    : typeDecl
    | signature
    | funcDef
    | foreignDecl
    ;

typeDecl : TYPE UPPER_ID typeParams? ASSIGN NL* typeBody ;
typeParams : LBRACK LOWER_ID (COMMA LOWER_ID)* COMMA? RBRACK ;
typeBody
    : recordFields                                     # recordBody
    | BAR? NL* ctorDecl (NL* BAR NL* ctorDecl)*          # variantBody
    ;
ctorDecl : UPPER_ID (LPAREN typeList? RPAREN)? ;
recordFields : LBRACE NL* fieldDecl (NL* COMMA NL* fieldDecl)* (NL* COMMA)? NL* RBRACE ;
fieldDecl : LOWER_ID COLON typeExpr ;

signature : LOWER_ID COLON typeExpr ;

funcDef : LOWER_ID LPAREN params? RPAREN (ARROW typeExpr)? ASSIGN NL* expr ;
params : param (COMMA param)* COMMA? ;
param : pattern (COLON typeExpr)? ;

foreignDecl : FOREIGN stringLit LOWER_ID LPAREN typeList? RPAREN ARROW typeExpr (AT LOWER_ID)? ;

typeList : typeExpr (COMMA typeExpr)* COMMA? ;
typeExpr
    : typeAtom ARROW typeExpr                        # functionType
    | typeAtom                                       # plainType
    ;
typeAtom
    : UPPER_ID (LBRACK typeList RBRACK)?             # namedType
    | LOWER_ID                                       # typeVariable
    | LPAREN typeList? RPAREN                        # parenType
    ;

expr
    : expr LPAREN args? RPAREN                                   # call
    | expr DOT LOWER_ID                                          # field
    | expr LBRACE fieldInits RBRACE                              # recordUpdate
    | op=(MINUS | BANG) expr                                     # unary
    | expr op=(STAR | SLASH | PERCENT) NL* expr                  # binary
    | expr op=(PLUS | MINUS) NL* expr                            # binary
    | <assoc=right> expr op=PLUSPLUS NL* expr                    # binary
    | expr op=(EQEQ | NEQ | LT | LE | GT | GE) NL* expr          # binary
    | expr op=ANDAND NL* expr                                    # binary
    | expr op=OROR NL* expr                                      # binary
    | expr op=PIPE_GT NL* expr                                   # binary
    | lambdaParams ARROW NL* expr                                # lambda
    | primary                                                    # atom
    ;

args : expr (COMMA expr)* COMMA? ;

lambdaParams
    : LOWER_ID                                                   # singleLambdaParam
    | UNDERSCORE                                                 # wildLambdaParam
    | LPAREN (lambdaParam (COMMA lambdaParam)* COMMA?)? RPAREN   # lambdaParamList
    ;
lambdaParam : (LOWER_ID | UNDERSCORE) (COLON typeExpr)? ;

primary
    : INT                                                        # intLit
    | FLOAT                                                      # floatLit
    | CHAR                                                       # charLit
    | stringLit                                                  # stringLiteral
    | TRUE                                                       # trueLit
    | FALSE                                                      # falseLit
    | LOWER_ID                                                   # varRef
    | UPPER_ID LBRACE fieldInits RBRACE                          # recordLit
    | UPPER_ID                                                   # ctorRef
    | LPAREN RPAREN                                              # unitLit
    | LPAREN expr RPAREN                                         # paren
    | LPAREN expr (COMMA expr)+ COMMA? RPAREN                    # tuple
    | LBRACK args? RBRACK                                        # listLit
    | block                                                      # blockExpr
    | ifExpr                                                     # ifExpression
    | MATCH expr LBRACE NL* matchArm (sep matchArm)* sep? RBRACE # matchExpr
    | RECEIVE LBRACE NL* (receiveArm (sep receiveArm)* (sep afterArm)? | afterArm) sep? RBRACE # receiveExpr
    ;

fieldInits : NL* fieldInit (NL* COMMA NL* fieldInit)* (NL* COMMA)? NL* ;
fieldInit : LOWER_ID COLON NL* expr ;

stringLit : STR_OPEN stringPart* (STR_CLOSE | STR_NEWLINE) ;
stringPart
    : STR_TEXT                                                   # textPart
    | INTERP_START expr INTERP_END                               # interpPart
    ;

block : LBRACE NL* (stmt (sep stmt)* sep?)? RBRACE ;
stmt
    : pattern (COLON typeExpr)? ASSIGN NL* expr                  # letStmt
    | expr                                                       # exprStmt
    ;

ifExpr : IF expr block (NL* ELSE (block | ifExpr))? ;

matchArm : pattern (IF expr)? ARROW NL* expr ;
receiveArm : receivePattern (IF expr)? ARROW NL* expr ;
receivePattern
    : LOWER_ID COLON typeExpr                                    # typedBinder
    | pattern                                                    # plainReceivePattern
    ;
afterArm : AFTER expr ARROW NL* expr ;

pattern
    : UNDERSCORE                                                 # wildcardPat
    | LOWER_ID                                                   # binderPat
    | MINUS? (INT | FLOAT)                                       # numberPat
    | CHAR                                                       # charPat
    | stringLit                                                  # stringPat
    | (TRUE | FALSE)                                             # boolPat
    | UPPER_ID (LPAREN (pattern (COMMA pattern)* COMMA?)? RPAREN)? # ctorPat
    | UPPER_ID? LBRACE NL* fieldPat (NL* COMMA NL* fieldPat)* (NL* COMMA)? NL* RBRACE # recordPat
    | LPAREN RPAREN                                              # unitPat
    | LPAREN pattern RPAREN                                      # parenPat
    | LPAREN pattern (COMMA pattern)+ COMMA? RPAREN              # tuplePat
    | LBRACK (pattern (COMMA pattern)*)? (COMMA? SPREAD (LOWER_ID | UNDERSCORE))? RBRACK # listPat
    ;
fieldPat : LOWER_ID (COLON pattern)? ;
