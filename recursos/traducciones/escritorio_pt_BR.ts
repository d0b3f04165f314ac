<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="es">
  <context>
    <name>AsistenteAsociacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>&lt; Atrás</source>
      <translation>&lt; Voltar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Crear</source>
      <translation>Criar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Crear una asociación</source>
      <translation>Criar uma associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Siguiente &gt;</source>
      <translation>Avançar &gt;</translation>
    </message>
  </context>
  <context>
    <name>AsistenteImportacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Atrás</source>
      <translation>Voltar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importar</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importar miembros — {0}</source>
      <translation>Importar membros — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Siguiente</source>
      <translation>Avançar</translation>
    </message>
  </context>
  <context>
    <name>DialogoAcerca</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Acerca de Escritorio</source>
      <translation>Sobre o Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Copia este texto para mandarlo a quien le da soporte técnico</source>
      <translation>Copia este texto para enviá-lo a quem lhe presta suporte técnico</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Copiar</source>
      <translation>Copiar</translation>
    </message>
  </context>
  <context>
    <name>DialogoActividad</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Agregar actividad</source>
      <translation>Adicionar atividade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Desde:</source>
      <translation>Desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Escriba el título de la actividad.</source>
      <translation>Digite o título da atividade.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Estado:</source>
      <translation>Situação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Hasta:</source>
      <translation>Até:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Nueva actividad — {0}</source>
      <translation>Nova atividade — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Plan de trabajo de «{0}».</source>
      <translation>Plano de trabalho de “{0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Responsable:</source>
      <translation>Responsável:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Resultado:</source>
      <translation>Resultado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Título:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>lo que se logró o se espera lograr (opcional)</source>
      <translation>o que foi alcançado ou se espera alcançar (opcional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>por ejemplo: Seminario regional de cultura</source>
      <translation>por exemplo: Seminário regional de cultura</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>sin fecha</source>
      <translation>sem data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>— sin responsable —</source>
      <translation>— sem responsável —</translation>
    </message>
  </context>
  <context>
    <name>DialogoAprobarActa</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Aprobada por:</source>
      <translation>Aprovada por:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Fecha de aprobación:</source>
      <translation>Data de aprovação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>No hay resoluciones de este órgano adoptadas en esta sesión ni en una posterior. Agregue un punto «Aprobación del acta», vótelo y adopte la resolución.</source>
      <translation>Não há resoluções deste órgão adotadas nesta sessão nem em uma posterior. Adicione um item “Aprovação da ata”, coloque-o em votação e adote a resolução.</translation>
    </message>
  </context>
  <context>
    <name>DialogoAsociacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Agregar</source>
      <translation>Adicionar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Agregar un país</source>
      <translation>Adicionar um país</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Artículo</source>
      <translation>Artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Artículo o resolución (opcional)</source>
      <translation>Artigo ou resolução (opcional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Borra el país con toda su historia; solo si ningún miembro es de ese país.</source>
      <translation>Apaga o país com todo o seu histórico; somente se nenhum membro for desse país.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Cambiar la categoría desde esa fecha</source>
      <translation>Alterar a categoria a partir dessa data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Cambió datos de la asociación que todavía no se guardaron. ¿Guardarlos antes de cerrar?</source>
      <translation>Você alterou dados da associação que ainda não foram salvos. Salvá-los antes de fechar?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Categoría</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Categoría hoy</source>
      <translation>Categoria atual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Categoría:</source>
      <translation>Categoria:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Ciudad sede:</source>
      <translation>Cidade-sede:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos</source>
      <translation>Dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos de la asociación</source>
      <translation>Dados da associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos recargados como están ahora; sus cambios no se guardaron.</source>
      <translation>Dados recarregados como estão agora; suas alterações não foram salvas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos sin guardar</source>
      <translation>Dados não salvos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Desde:</source>
      <translation>Desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Esta asociación ya no está en la base: otro programa la cambió mientras el diálogo estaba abierto. No se guardó nada; cierre este diálogo y vuelva a elegir la asociación.</source>
      <translation>Esta associação não está mais no banco de dados: outro programa a alterou enquanto a caixa de diálogo estava aberta. Nada foi salvo; feche esta caixa de diálogo e escolha a associação novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Guardado. </source>
      <translation>Salvo. </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Guardar los datos</source>
      <translation>Salvar os dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Historia de categorías</source>
      <translation>Histórico de categorias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Historia de {0}</source>
      <translation>Histórico de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Idioma de los documentos:</source>
      <translation>Idioma dos documentos:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>La sigla se guarda en mayúsculas y no puede ser la de otra asociación de esta base. Los documentos ya emitidos (recibos, actas, resoluciones, padrones) no cambian: llevan el nombre y la sigla con que se emitieron y se siguen verificando igual. Los que se emitan desde ahora llevan los datos nuevos.
Actas, convocatorias, recibos y demás documentos salen en el idioma elegido (uno suelto en el otro: Archivo › Idioma de los documentos). Lo que escribió la secretaría va tal cual.</source>
      <translation>A sigla é salva em maiúsculas e não pode ser a de outra associação deste banco de dados. Os documentos já emitidos (recibos, atas, resoluções, cadastros) não mudam: levam o nome e a sigla com que foram emitidos e continuam sendo verificados da mesma forma. Os que forem emitidos a partir de agora levam os dados novos.
Atas, convocações, recibos e demais documentos saem no idioma escolhido (um avulso no outro: Arquivo › Idioma dos documentos). O que a secretaria escreveu vai como foi escrito.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Miembros</source>
      <translation>Membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Miembros del país que hoy no están de baja</source>
      <translation>Membros do país que hoje não estão desligados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Nombre o código ISO (Paraguay, PY)</source>
      <translation>Nome ou código ISO (Paraguai, PY)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Nombre:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Papel de los documentos:</source>
      <translation>Papel dos documentos:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País elegido</source>
      <translation>País escolhido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País elegido (elija uno en la tabla)</source>
      <translation>País escolhido (escolha um na tabela)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País:</source>
      <translation>País:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Países</source>
      <translation>Países</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Quitar desde esa fecha…</source>
      <translation>Remover a partir dessa data…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Quitar un país</source>
      <translation>Remover um país</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Quitar un país agregado por error</source>
      <translation>Remover um país adicionado por engano</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Se agregó por error…</source>
      <translation>Foi adicionado por engano…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Sigla:</source>
      <translation>Sigla:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Todavía no rige: hasta esa fecha sigue la categoría anterior.</source>
      <translation>Ainda não está em vigor: até essa data continua valendo a categoria anterior.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>desde la fundación</source>
      <translation>desde a fundação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>los datos de la asociación</source>
      <translation>os dados da associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>{0} ({1}) es país {2} de {3}.</source>
      <translation>{0} ({1}) é país {2} de {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>{0} es país {1} de {2} desde el {3}{4}.</source>
      <translation>{0} é país {1} de {2} desde {3}{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>{0}: cambiar su categoría o quitarlo</source>
      <translation>{0}: alterar sua categoria ou removê-lo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>¿Borrar {0} de la asociación con toda su historia de categorías, como si nunca se hubiera agregado?

Solo se puede si ningún miembro es de ese país.</source>
      <translation>Apagar {0} da associação com todo o seu histórico de categorias, como se nunca tivesse sido adicionado?

Só é possível se nenhum membro for desse país.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>¿Quitar {0} de la asociación desde el {1}?

Su historia de categorías se conserva: antes de esa fecha se sigue contando con la categoría que tenía.</source>
      <translation>Remover {0} da associação a partir de {1}?

Seu histórico de categorias é preservado: antes dessa data continua valendo a categoria que tinha.</translation>
    </message>
  </context>
  <context>
    <name>DialogoBaja</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Confirmar la baja</source>
      <translation>Confirmar o desligamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Dar de baja</source>
      <translation>Registrar desligamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Dar de baja y terminar mandatos…</source>
      <translation>Registrar desligamento e encerrar mandatos…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Dar de baja — {0}</source>
      <translation>Desligamento — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Escriba el motivo de la baja (queda en la historia del miembro).</source>
      <translation>Digite o motivo do desligamento (fica registrado no histórico do membro).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Fecha de la baja:</source>
      <translation>Data do desligamento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Fecha de la baja: {0}</source>
      <translation>Data do desligamento: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>La baja de «{0}» desde el {1} termina {2}:

{3}

¿Registrar la baja y terminar {4}?</source>
      <translation>O desligamento de “{0}” a partir de {1} encerra {2}:

{3}

Registrar o desligamento e encerrar {4}?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Mandatos que terminará la baja</source>
      <translation>Mandatos que o desligamento encerrará</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Motivo:</source>
      <translation>Motivo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Volver</source>
      <translation>Voltar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>el mandato</source>
      <translation>o mandato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>este mandato</source>
      <translation>este mandato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>estos {0} mandatos</source>
      <translation>estes {0} mandatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>los mandatos</source>
      <translation>os mandatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>por ejemplo: Renuncia presentada por nota del intendente</source>
      <translation>por exemplo: Renúncia apresentada por ofício do prefeito</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>«{0}» dejará de ser miembro desde la fecha indicada. La baja queda en su historia de estados con su motivo; no se borra ningún dato.</source>
      <translation>“{0}” deixará de ser membro a partir da data indicada. O desligamento fica registrado em seu histórico de situações, com o motivo; nenhum dado é apagado.</translation>
    </message>
  </context>
  <context>
    <name>DialogoBienvenida</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source> ({0})</source>
      <translation> ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Bienvenida a Escritorio</source>
      <translation>Boas-vindas ao Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Crear una asociación</source>
      <translation>Criar uma associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Escritorio lleva la secretaría de su asociación: el padrón de miembros, sus países y sus datos.
Esta base de datos todavía está vacía. ¿Cómo desea empezar?</source>
      <translation>O Escritorio cuida da secretaria da sua associação: o cadastro de membros, seus países e seus dados.
Este banco de dados ainda está vazio. Como você deseja começar?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Explorar la red de ejemplo</source>
      <translation>Explorar a rede de exemplo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>La red de ejemplo tiene 300 ciudades reales de Sudamérica (datos de GeoNames).</source>
      <translation>A rede de exemplo tem 300 cidades reais da América do Sul (dados do GeoNames).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Nueva base de datos</source>
      <translation>Novo banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Salir</source>
      <translation>Sair</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Salir de Escritorio</source>
      <translation>Sair do Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Seguir aquí</source>
      <translation>Continuar aqui</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Volver a la base anterior</source>
      <translation>Voltar ao banco de dados anterior</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>¿Salir sin crear una asociación?

La base{0} queda vacía. La próxima vez que abra Escritorio volverá a ver esta bienvenida.</source>
      <translation>Sair sem criar uma associação?

O banco de dados{0} fica vazio. Da próxima vez que você abrir o Escritorio, verá novamente esta tela de boas-vindas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>¿Volver a la base anterior sin crear una asociación en la nueva?

La base nueva{0} queda vacía; puede abrirla más tarde con Archivo &gt; Abrir.</source>
      <translation>Voltar ao banco de dados anterior sem criar uma associação no novo?

O novo banco de dados{0} fica vazio; você pode abri-lo mais tarde em Arquivo &gt; Abrir.</translation>
    </message>
  </context>
  <context>
    <name>DialogoBitacora</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>(sin sellar)</source>
      <translation>(sem selo)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>(sin valores)</source>
      <translation>(sem valores)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Bitácora de cambios</source>
      <translation>Registro de auditoria de alterações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Buscar</source>
      <translation>Pesquisar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Buscar en los datos (nombre, importe…)</source>
      <translation>Pesquisar nos dados (nome, valor…)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Cuándo (hora local)</source>
      <translation>Quando (hora local)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Desde:</source>
      <translation>Desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Detalle del cambio elegido</source>
      <translation>Detalhe da alteração escolhida</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Elija un cambio en la lista para ver su detalle.</source>
      <translation>Escolha uma alteração na lista para ver o detalhe.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Exportar a Excel…</source>
      <translation>Exportar para Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Exportar la bitácora</source>
      <translation>Exportar o registro de auditoria</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Hasta:</source>
      <translation>Até:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Momento: {0} (hora local) · {1} UTC</source>
      <translation>Momento: {0} (hora local) · {1} UTC</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Mostrar solo los cambios de un tipo de dato (pagos, miembros, actas…)</source>
      <translation>Mostrar somente as alterações de um tipo de dado (pagamentos, membros, atas…)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Muestra el dato tal como quedó guardado: tabla, registro, hora UTC y los valores antes y después (también con doble clic en una fila).</source>
      <translation>Mostra o dado tal como ficou salvo: tabela, registro, hora UTC e os valores antes e depois (também com clique duplo em uma linha).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Ningún cambio del {0} al {1} con estos filtros. Amplíe las fechas o elija «Todos los cambios».</source>
      <translation>Nenhuma alteração de {0} a {1} com estes filtros. Amplie o período ou escolha “Todas as alterações”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Nº en la bitácora: {0}</source>
      <translation>Nº no registro de auditoria: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Ocultar detalle</source>
      <translation>Ocultar detalhe</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Quién</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Qué pasó</source>
      <translation>O que aconteceu</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Qué:</source>
      <translation>O quê:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Se muestran los {0} cambios más recientes del {1} al {2}; acorte las fechas o exporte a Excel para verlos todos.</source>
      <translation>São mostradas as {0} alterações mais recentes de {1} a {2}; encurte o período ou exporte para Excel para ver todas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Tabla: {0} ({1}) · registro #{2} · {3}</source>
      <translation>Tabela: {0} ({1}) · registro #{2} · {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Todos los cambios</source>
      <translation>Todas as alterações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Usuario: {0}</source>
      <translation>Usuário: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Valores (antes → después):</source>
      <translation>Valores (antes → depois):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Valores:</source>
      <translation>Valores:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Ver detalle</source>
      <translation>Ver detalhe</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>sin sellar</source>
      <translation>sem selo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>{0} cambios del {1} al {2}.</source>
      <translation>{0} alterações de {1} a {2}.</translation>
    </message>
  </context>
  <context>
    <name>DialogoCandidatura</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Agregar y seguir</source>
      <translation>Adicionar e continuar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Elija el miembro de la lista (escriba parte del nombre y elíjalo).</source>
      <translation>Escolha o membro na lista (digite parte do nome e selecione-o).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Indique el miembro, la persona, o ambos.</source>
      <translation>Indique o membro, a pessoa ou ambos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Miembro:</source>
      <translation>Membro:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Persona:</source>
      <translation>Pessoa:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>nombre y apellido (opcional si elige un miembro)</source>
      <translation>nome e sobrenome (opcional se você escolher um membro)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>— sin miembro (solo una persona) —</source>
      <translation>— sem membro (somente uma pessoa) —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>✓ Agregada: {0}</source>
      <translation>✓ Adicionada: {0}</translation>
    </message>
  </context>
  <context>
    <name>DialogoCargarNorma</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>1 artículo leído</source>
      <translation>1 artigo lido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Abrir archivo…</source>
      <translation>Abrir arquivo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Abrir el texto de la norma</source>
      <translation>Abrir o texto da norma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Aprobada por:</source>
      <translation>Aprovada por:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Art.</source>
      <translation>Art.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Cada artículo empieza en una línea «Artículo N» o «Art. N°». Por ejemplo:

</source>
      <translation>Cada artigo começa em uma linha “Artículo N” ou “Art. N°”. Por exemplo:

</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Cargar estatuto o reglamento</source>
      <translation>Carregar estatuto ou regimento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Comienza con</source>
      <translation>Começa com</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Corrija los artículos repetidos para poder guardar.</source>
      <translation>Corrija os artigos repetidos para poder salvar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Desde cuándo rige este texto (por ejemplo, la fecha del acta fundacional)</source>
      <translation>Desde quando este texto está em vigor (por exemplo, a data da ata de fundação)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Escriba el título de la norma (por ejemplo: «Estatuto de la Red»).</source>
      <translation>Digite o título da norma (por exemplo: “Estatuto da Rede”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Guardar norma</source>
      <translation>Salvar norma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Línea</source>
      <translation>Linha</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>No se cargó la norma. Corrija el texto:</source>
      <translation>A norma não foi carregada. Corrija o texto:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Numeración completa y sin repeticiones.</source>
      <translation>Numeração completa e sem repetições.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Pegue el texto o abra un archivo .txt o .md.</source>
      <translation>Cole o texto ou abra um arquivo .txt ou .md.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Revise el texto antes de guardar:</source>
      <translation>Revise o texto antes de salvar:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Texto</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Texto (*.txt *.md);;Todos los archivos (*)</source>
      <translation>Texto (*.txt *.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Texto leído de {0}</source>
      <translation>Texto lido de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Todavía no hay texto.</source>
      <translation>Ainda não há texto.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Título</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Título:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Vigente desde:</source>
      <translation>Vigente desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Vista previa: artículos que se cargarán</source>
      <translation>Pré-visualização: artigos que serão carregados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>acta o resolución que lo aprobó</source>
      <translation>ata ou resolução que o aprovou</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>por ejemplo: Estatuto de la Red</source>
      <translation>por exemplo: Estatuto da Rede</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>{0} artículos leídos</source>
      <translation>{0} artigos lidos</translation>
    </message>
  </context>
  <context>
    <name>DialogoCargo</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cargo:</source>
      <translation>Cargo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Con derecho a voto en el órgano</source>
      <translation>Com direito a voto no órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Desde:</source>
      <translation>Desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Elija el órgano en el que se elige el cargo.</source>
      <translation>Escolha o órgão no qual o cargo é eleito.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Hasta:</source>
      <translation>Até:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Punto:</source>
      <translation>Item:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>sin fecha de fin</source>
      <translation>sem data de término</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Órgano:</source>
      <translation>Órgão:</translation>
    </message>
  </context>
  <context>
    <name>DialogoCierre</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Hora de cierre:</source>
      <translation>Hora de encerramento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La regla de quórum del órgano no prevé segunda convocatoria.</source>
      <translation>A regra de quórum do órgão não prevê segunda convocação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Pasados {0} minutos de la hora fijada, la regla del órgano permite sesionar con los presentes.</source>
      <translation>Passados {0} minutos da hora marcada, a regra do órgão permite realizar a sessão com os presentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Se sesionó en segunda convocatoria (con los presentes)</source>
      <translation>A sessão foi realizada em segunda convocação (com os presentes)</translation>
    </message>
  </context>
  <context>
    <name>DialogoConfirmacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Confirmar la elección</source>
      <translation>Confirmar a eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Confirmar y designar</source>
      <translation>Confirmar e designar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Confirme cuando la candidatura electa haya aceptado el cargo. Se registra su mandato en el órgano (se puede hacer aunque el acta ya esté aprobada). Un mandato no se borra: si hiciera falta, se termina con fecha desde el área Órganos.</source>
      <translation>Confirme quando a candidatura eleita tiver aceitado o cargo. O mandato é registrado no órgão (pode ser feito mesmo que a ata já esteja aprovada). Um mandato não é apagado: se for necessário, é encerrado com data na área Órgãos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Ningún mandato: el cargo no tiene otra persona que lo ocupe en esa fecha.</source>
      <translation>Nenhum mandato: o cargo não tem outra pessoa que o ocupe nessa data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Ningún mandato: es un cargo que pueden ocupar varias personas a la vez.</source>
      <translation>Nenhum mandato: é um cargo que pode ser ocupado por várias pessoas ao mesmo tempo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Se registrará el mandato</source>
      <translation>Será registrado o mandato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Terminan la víspera</source>
      <translation>Terminam na véspera</translation>
    </message>
  </context>
  <context>
    <name>DialogoContacto</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Correo:</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Editar contacto</source>
      <translation>Editar contato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Enlace técnico</source>
      <translation>Ponto focal técnico</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Guardar</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro programa sigue en la base.</source>
      <translation>Nada foi salvo: suas alterações continuam na tela e o que o outro programa salvou continua no banco de dados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nombre:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nuevo contacto</source>
      <translation>Novo contato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Prensa</source>
      <translation>Imprensa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Relaciones internacionales</source>
      <translation>Relações internacionais</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Rol:</source>
      <translation>Função:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Se recargó el contacto con los datos actuales; sus cambios no se guardaron.</source>
      <translation>O contato foi recarregado com os dados atuais; suas alterações não foram salvas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Secretaría</source>
      <translation>Secretaria</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Teléfono:</source>
      <translation>Telefone:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>el contacto</source>
      <translation>o contato</translation>
    </message>
  </context>
  <context>
    <name>DialogoConvocar</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Antes de convocar:</source>
      <translation>Antes de convocar:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Con {0} de anticipación ({1} pide {2}).</source>
      <translation>Com {0} de antecedência ({1} exige {2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Convocada el:</source>
      <translation>Convocada em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Enlace:</source>
      <translation>Link:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Fecha y hora:</source>
      <translation>Data e hora:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Indique el enlace de la reunión virtual.</source>
      <translation>Indique o link da reunião virtual.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Indique el lugar de la reunión.</source>
      <translation>Indique o local da reunião.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La fecha de la sesión es anterior a la de la convocatoria.</source>
      <translation>A data da sessão é anterior à da convocação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Lugar:</source>
      <translation>Local:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Mixta</source>
      <translation>Híbrida</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Modalidad:</source>
      <translation>Modalidade:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Nadie integra «{0}» el {1}: revise los mandatos en el área Órganos o elija otra fecha.</source>
      <translation>Ninguém integra “{0}” em {1}: revise os mandatos na área Órgãos ou escolha outra data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Presencial</source>
      <translation>Presencial</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Puede convocarse igual: la advertencia queda en la convocatoria y en la sesión.</source>
      <translation>Pode-se convocar mesmo assim: o aviso fica registrado na convocação e na sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Virtual</source>
      <translation>Virtual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>el {0}</source>
      <translation>o {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>la regla del órgano</source>
      <translation>a regra do órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: Intendencia de Montevideo, Sala Ernesto de los Campos</source>
      <translation>por exemplo: Intendencia de Montevideo, Sala Ernesto de los Campos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: https://meet.example.org/consejo</source>
      <translation>por exemplo: https://meet.example.org/consejo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>será la {0} sesión {1} del órgano</source>
      <translation>será a {0} sessão {1} do órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Órgano:</source>
      <translation>Órgão:</translation>
    </message>
  </context>
  <context>
    <name>DialogoEscala</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Agregar tramo</source>
      <translation>Adicionar faixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Aprobada por:</source>
      <translation>Aprovada por:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cada tramo rige desde esa población (inclusive) hasta la del tramo siguiente. El primero empieza en 0 y el último no tiene tope.</source>
      <translation>Cada faixa vale a partir dessa população (inclusive) até a da faixa seguinte. A primeira começa em 0 e a última não tem limite.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cuota anual</source>
      <translation>Contribuição anual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cuota completa</source>
      <translation>Contribuição integral</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cuota de ingreso</source>
      <translation>Contribuição de adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Debe ser mayor que la población del tramo anterior.</source>
      <translation>Deve ser maior que a população da faixa anterior.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Desde el año siguiente</source>
      <translation>A partir do ano seguinte</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Desde habitantes</source>
      <translation>A partir de (habitantes)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>El cargo de quien ingresa durante el año lo cita</source>
      <translation>O lançamento de quem ingressa durante o ano cita esse artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Extraordinaria</source>
      <translation>Extraordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Guardar escala</source>
      <translation>Salvar tabela</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Importe</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Ingreso en el año:</source>
      <translation>Adesão durante o ano:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>La población que rige ese día de cada año define el tramo</source>
      <translation>A população vigente nesse dia de cada ano define a faixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Moneda:</source>
      <translation>Moeda:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>No se guardó la escala</source>
      <translation>A tabela não foi salva</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>No se guardó la escala:</source>
      <translation>A tabela não foi salva:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Nueva escala de cuotas</source>
      <translation>Nova tabela de contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Origen</source>
      <translation>Origem</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Población al:</source>
      <translation>População em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Prorrateo por meses</source>
      <translation>Proporcional aos meses</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Quitar tramo</source>
      <translation>Remover faixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Qué paga un miembro admitido durante el año</source>
      <translation>O que paga um membro admitido durante o ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Reglas</source>
      <translation>Regras</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Rige desde:</source>
      <translation>Vigente desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Rige hasta:</source>
      <translation>Vigente até:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Según:</source>
      <translation>Conforme:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Tipo de cargo:</source>
      <translation>Tipo de lançamento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Tramo</source>
      <translation>Faixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Tramos por población</source>
      <translation>Faixas populacionais</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Vencimiento:</source>
      <translation>Vencimento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Vigencia</source>
      <translation>Vigência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>artículo que lo dice, por ejemplo: Reglamento de cuotas, art. 3</source>
      <translation>artigo que o estabelece, por exemplo: Regimento de contribuições, art. 3</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>por ejemplo: Asamblea General, Resolución 7/2026</source>
      <translation>por exemplo: Assembleia Geral, Resolução 7/2026</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>por ejemplo: Reglamento de cuotas, art. 3</source>
      <translation>por exemplo: Regimento de contribuições, art. 3</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>sin fecha de fin</source>
      <translation>sem data de término</translation>
    </message>
  </context>
  <context>
    <name>DialogoFeDeErratas</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Corrección:</source>
      <translation>Correção:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Donde dice «…», debe decir «…».</source>
      <translation>Onde se lê “…”, leia-se “…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba la corrección.</source>
      <translation>Digite a correção.</translation>
    </message>
  </context>
  <context>
    <name>DialogoFichaMiembro</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Autoridad y contactos</source>
      <translation>Autoridade e contatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Cambios sin guardar</source>
      <translation>Alterações não salvas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Cuenta</source>
      <translation>Conta</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Datos</source>
      <translation>Dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Guardar</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Guardar los datos de la ficha (Ctrl+S)</source>
      <translation>Salvar os dados da ficha (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Los datos de la ficha tienen cambios sin guardar. ¿Desea guardarlos?</source>
      <translation>Os dados da ficha têm alterações não salvas. Deseja salvá-las?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
  </context>
  <context>
    <name>DialogoFormulario</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
  </context>
  <context>
    <name>DialogoHistoriaMandatos</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cargo</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Corregido el {0}: {1} {2} → {3}. Motivo: {4}</source>
      <translation>Corrigido em {0}: {1} {2} → {3}. Motivo: {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Filtrar por miembro, persona o país…</source>
      <translation>Filtrar por membro, pessoa ou país…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Futuro</source>
      <translation>Futuro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Hasta</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Historia de mandatos — {0}</source>
      <translation>Histórico de mandatos — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Persona</source>
      <translation>Pessoa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Situación</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Sí</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Terminado</source>
      <translation>Encerrado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Vigente</source>
      <translation>Vigente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Voto</source>
      <translation>Voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>{0} mandatos · {1} con correcciones</source>
      <translation>{0} mandatos · {1} com correções</translation>
    </message>
  </context>
  <context>
    <name>DialogoInvitado</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Calidad:</source>
      <translation>Condição:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el nombre del invitado.</source>
      <translation>Digite o nome do convidado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Institución:</source>
      <translation>Instituição:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Nombre:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>nombre y apellido</source>
      <translation>nome e sobrenome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: ACNUR, Embajada de Francia</source>
      <translation>por exemplo: ACNUR, Embaixada da França</translation>
    </message>
  </context>
  <context>
    <name>DialogoMandato</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cargo:</source>
      <translation>Cargo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Con derecho a voto</source>
      <translation>Com direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Desde:</source>
      <translation>Desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Designar</source>
      <translation>Designar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Designar en {0}</source>
      <translation>Designar em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Elija el miembro de la lista (escriba parte del nombre y elíjalo).</source>
      <translation>Escolha o membro na lista (digite parte do nome e selecione-o).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>En nombre de:</source>
      <translation>Em nome de:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Hasta:</source>
      <translation>Até:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Indique el miembro, la persona, o ambos.</source>
      <translation>Indique o membro, a pessoa ou ambos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Miembro:</source>
      <translation>Membro:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Nuevo mandato en «{0}». Indique el miembro, la persona que lo representa, o ambos. Los mandatos no se borran: terminan con fecha.</source>
      <translation>Novo mandato em “{0}”. Indique o membro, a pessoa que o representa ou ambos. Os mandatos não são apagados: terminam com data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Persona:</source>
      <translation>Pessoa:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Si ocupa el lugar en representación de otro miembro (por ejemplo, como suplente de otra ciudad).</source>
      <translation>Se ocupa o lugar em representação de outro membro (por exemplo, como suplente de outra cidade).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>nombre y apellido de quien ocupa el lugar</source>
      <translation>nome e sobrenome de quem ocupa o lugar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>sin fecha de fin</source>
      <translation>sem data de término</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>— de sí mismo —</source>
      <translation>— em nome próprio —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>— sin miembro (solo una persona) —</source>
      <translation>— sem membro (somente uma pessoa) —</translation>
    </message>
  </context>
  <context>
    <name>DialogoManual</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>&lt;h2&gt;No se encuentra el manual&lt;/h2&gt;&lt;p&gt;Debería estar en:&lt;br&gt;&lt;code&gt;{0}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Vuelva a instalar Escritorio o consulte a quien le da soporte técnico.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Manual não encontrado&lt;/h2&gt;&lt;p&gt;Deveria estar em:&lt;br&gt;&lt;code&gt;{0}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Reinstale o Escritorio ou consulte quem lhe presta suporte técnico.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Adelante</source>
      <translation>Avançar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Anterior</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Aparición anterior (Mayús+F3)</source>
      <translation>Ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Aparición siguiente (Enter o F3)</source>
      <translation>Próxima ocorrência (Enter ou F3)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Atrás</source>
      <translation>Voltar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Buscar en el manual (Ctrl+F)</source>
      <translation>Pesquisar no manual (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Buscar:</source>
      <translation>Pesquisar:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Dirección externa (cópiela en un navegador si la necesita): {0}</source>
      <translation>Endereço externo (copie-o em um navegador se precisar): {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Ir a la página siguiente (Alt+Derecha)</source>
      <translation>Ir para a próxima página (Alt+Direita)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Manual de uso de Escritorio</source>
      <translation>Manual do usuário do Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>No se encontró «{0}» en el manual.</source>
      <translation>“{0}” não foi encontrado no manual.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Se llegó al final del manual y se siguió buscando desde el principio.</source>
      <translation>Chegou-se ao fim do manual e a pesquisa continuou a partir do início.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Se llegó al principio del manual y se siguió buscando desde el final.</source>
      <translation>Chegou-se ao início do manual e a pesquisa continuou a partir do fim.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Siguiente</source>
      <translation>Próxima</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Volver a la página anterior (Alt+Izquierda)</source>
      <translation>Voltar à página anterior (Alt+Esquerda)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Volver al comienzo del manual, con el índice (Alt+Inicio)</source>
      <translation>Voltar ao início do manual, com o índice (Alt+Home)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Índice</source>
      <translation>Índice</translation>
    </message>
  </context>
  <context>
    <name>DialogoNuevoOrgano</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source> meses</source>
      <translation> meses</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Atribuciones:</source>
      <translation>Atribuições:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Crear órgano</source>
      <translation>Criar órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Depende de:</source>
      <translation>Subordinado a:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Escriba el nombre del órgano.</source>
      <translation>Digite o nome do órgão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>No se encuentra ese artículo en el texto vigente (puede guardarse igual).</source>
      <translation>Esse artigo não foi encontrado no texto vigente (pode ser salvo mesmo assim).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Nombre:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Nuevo órgano</source>
      <translation>Novo órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Se reúne:</source>
      <translation>Reúne-se:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Si lo crea un artículo del estatuto o de un reglamento, cítelo: su texto se mostrará junto al órgano.</source>
      <translation>Se for criado por um artigo do estatuto ou de um regimento, cite-o: seu texto será mostrado junto ao órgão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>cada </source>
      <translation>a cada </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: Comisión de Finanzas</source>
      <translation>por exemplo: Comissão de Finanças</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: Estatuto, art. 13</source>
      <translation>por exemplo: Estatuto, art. 13</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>qué hace el órgano, según el estatuto</source>
      <translation>o que o órgão faz, segundo o estatuto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>sin frecuencia fija</source>
      <translation>sem frequência fixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>— ninguno (órgano superior) —</source>
      <translation>— nenhum (órgão superior) —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>✓ Art. {0}{1}: {2}</source>
      <translation>✓ Art. {0}{1}: {2}</translation>
    </message>
  </context>
  <context>
    <name>DialogoPago</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Abre el recibo en PDF en el visor del equipo, para imprimirlo</source>
      <translation>Abre o recibo em PDF no visualizador do computador, para imprimi-lo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Abrir recibo para imprimir</source>
      <translation>Abrir recibo para imprimir</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cancelado: no se guardó el recibo.</source>
      <translation>Cancelado: o recibo não foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos a los que se imputó el pago</source>
      <translation>Lançamentos aos quais o pagamento foi imputado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos en:</source>
      <translation>Lançamentos em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos pendientes</source>
      <translation>Lançamentos pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos pendientes: ninguno</source>
      <translation>Lançamentos pendentes: nenhum</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos pendientes: {0} por {1}</source>
      <translation>Lançamentos pendentes: {0}, no total de {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Completa el monto con el saldo pendiente del miembro</source>
      <translation>Preenche o valor com o saldo pendente do membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Concepto</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Documentos PDF (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>El miembro debe cargos en más de una moneda: elija a cuáles se imputa este pago</source>
      <translation>O membro deve lançamentos em mais de uma moeda: escolha a quais este pagamento é imputado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>El miembro no tiene cargos pendientes: todo el pago queda a su favor y cubrirá sus próximas cuotas.</source>
      <translation>O membro não tem lançamentos pendentes: todo o pagamento fica a seu favor e cobrirá suas próximas contribuições.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Elija el miembro para ver sus cargos pendientes.</source>
      <translation>Escolha o membro para ver seus lançamentos pendentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Escriba cuánto de este pago va a este cargo</source>
      <translation>Digite quanto deste pagamento vai para este lançamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Escriba el monto para ver cómo se imputa.</source>
      <translation>Digite o valor para ver como é imputado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Este equipo no tiene un programa para abrir archivos PDF. Use «Guardar recibo…» y ábralo o imprímalo desde otro equipo.</source>
      <translation>Este computador não tem um programa para abrir arquivos PDF. Use “Salvar recibo…” e abra-o ou imprima-o em outro computador.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Fecha:</source>
      <translation>Data:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Guarda el recibo en PDF donde usted elija (para enviarlo)</source>
      <translation>Salva o recibo em PDF onde você escolher (para enviá-lo)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Guardar el recibo</source>
      <translation>Salvar o recibo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Guardar recibo…</source>
      <translation>Salvar recibo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Importe</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputación prevista</source>
      <translation>Imputação prevista</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputado a mano: {0}.</source>
      <translation>Imputado manualmente: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputar</source>
      <translation>Imputar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputar a mano: un importe por cargo</source>
      <translation>Imputar manualmente: um valor por lançamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputar automáticamente (del más viejo al más nuevo)</source>
      <translation>Imputar automaticamente (do mais antigo ao mais recente)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Medio:</source>
      <translation>Forma de pagamento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Miembro:</source>
      <translation>Membro:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Monto:</source>
      <translation>Valor:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>No se registró el pago:</source>
      <translation>O pagamento não foi registrado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Pagado</source>
      <translation>Pago</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Quedan {0} a favor del miembro.</source>
      <translation>Ficam {0} a favor do membro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Recibo</source>
      <translation>Recibo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Recibo abierto en el visor de PDF: imprímalo desde ahí.</source>
      <translation>Recibo aberto no visualizador de PDF: imprima-o a partir dele.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Recibo guardado en {0}</source>
      <translation>Recibo salvo em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Referencia:</source>
      <translation>Referência:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Registrar pago</source>
      <translation>Registrar pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Revise la imputación: {0}</source>
      <translation>Revise a imputação: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Saldo</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Se imputa {0} a 1 cargo, del más viejo al más nuevo.</source>
      <translation>Imputação de {0} em 1 lançamento, do mais antigo ao mais recente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Se imputan {0} a {1} cargos, del más viejo al más nuevo.</source>
      <translation>Imputação de {0} em {1} lançamentos, do mais antigo ao mais recente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Tipo de cambio:</source>
      <translation>Taxa de câmbio:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Todo lo pendiente</source>
      <translation>Todo o saldo pendente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Vence</source>
      <translation>Vencimento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Vencido</source>
      <translation>Vencido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>equivale a {0}</source>
      <translation>equivale a {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>número de transferencia, depósito o cheque</source>
      <translation>número da transferência, do depósito ou do cheque</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>por ejemplo 1400</source>
      <translation>por exemplo 1400</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>{0} por 1 {1}</source>
      <translation>{0} por 1 {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>✔ {0}.</source>
      <translation>✔ {0}.</translation>
    </message>
  </context>
  <context>
    <name>DialogoPunto</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar y seguir</source>
      <translation>Adicionar e continuar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Decisión:</source>
      <translation>Decisão:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Dentro de:</source>
      <translation>Dentro de:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El tipo de decisión fija el quórum y la mayoría de la votación, según las reglas de sesión del órgano (por ejemplo, reformar el estatuto pide dos tercios).</source>
      <translation>O tipo de decisão define o quórum e a maioria da votação, segundo as regras de sessão do órgão (por exemplo, reformar o estatuto exige dois terços).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El órgano no tiene reglas de sesión cargadas: {0}</source>
      <translation>O órgão não tem regras de sessão cadastradas: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el título del punto.</source>
      <translation>Digite o título do item.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Se vota con: {0}</source>
      <translation>Regra de votação: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Se vota: aparecerá en la pestaña Votaciones.</source>
      <translation>Com votação: aparecerá na aba Votações.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Sin votación: se registra el resumen de lo tratado.</source>
      <translation>Sem votação: registra-se o resumo do que foi tratado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Título:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: Aprobación del presupuesto 2027</source>
      <translation>por exemplo: Aprovação do orçamento 2027</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>✓ Agregado: {0}</source>
      <translation>✓ Adicionado: {0}</translation>
    </message>
  </context>
  <context>
    <name>DialogoReforma</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>(deja de regir{0})</source>
      <translation>(deixa de vigorar{0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>1 artículo en la reforma</source>
      <translation>1 artigo na reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Actualizar en la reforma</source>
      <translation>Atualizar na reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Agrega</source>
      <translation>Acrescenta</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Agregar a la reforma</source>
      <translation>Adicionar à reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Agregue a la reforma cada artículo que cambia, se agrega o se deroga. Nada se sobrescribe: el texto anterior sigue consultable en su fecha.</source>
      <translation>Adicione à reforma cada artigo que muda, é acrescentado ou é revogado. Nada é sobrescrito: o texto anterior continua disponível para consulta em sua data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Aprobada por:</source>
      <translation>Aprovada por:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Art.</source>
      <translation>Art.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Artículo</source>
      <translation>Artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Cambio</source>
      <translation>Alteração</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Cambios de esta reforma</source>
      <translation>Alterações desta reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Deroga</source>
      <translation>Revoga</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Derogar</source>
      <translation>Revogar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Descripción:</source>
      <translation>Descrição:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El artículo {0} dejará de regir desde el {1}.</source>
      <translation>O artigo {0} deixará de vigorar a partir de {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El artículo {0} no rige el {1}: se agregará como artículo nuevo.</source>
      <translation>O artigo {0} não está em vigor em {1}: será acrescentado como artigo novo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El artículo {0} quedaría sin texto; para quitarlo, elija «Derogar».</source>
      <translation>O artigo {0} ficaria sem texto; para removê-lo, escolha “Revogar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El texto del artículo {0} es igual al vigente: no hay nada que reformar.</source>
      <translation>O texto do artigo {0} é igual ao vigente: não há nada a reformar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Elija un artículo vigente o escriba el número de uno nuevo.</source>
      <translation>Escolha um artigo vigente ou digite o número de um novo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>La reforma deroga {0}. ¿Registrarla?</source>
      <translation>A reforma revoga {0}. Registrá-la?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>La reforma no cambia ningún artículo: agregue al menos uno.</source>
      <translation>A reforma não altera nenhum artigo: adicione pelo menos um.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Modifica</source>
      <translation>Modifica</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>No se registró la reforma:</source>
      <translation>A reforma não foi registrada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Nuevo texto</source>
      <translation>Novo texto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Quitar de la reforma</source>
      <translation>Remover da reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Reforma de los artículos {0} y {1}</source>
      <translation>Reforma dos artigos {0} e {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Reforma del artículo {0}</source>
      <translation>Reforma do artigo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Reforma — {0}</source>
      <translation>Reforma — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Registrar reforma</source>
      <translation>Registrar reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Rige desde el {0}{1}. Edite el texto: la reforma lo reemplaza desde el {2}.</source>
      <translation>Vigente desde {0}{1}. Edite o texto: a reforma o substitui a partir de {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Texto completo del artículo tal como quedará.</source>
      <translation>Texto completo do artigo tal como ficará.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Texto nuevo</source>
      <translation>Texto novo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Todavía no hay cambios.</source>
      <translation>Ainda não há alterações.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Título:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Vigente desde:</source>
      <translation>Vigente desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Volver al texto vigente</source>
      <translation>Voltar ao texto vigente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>el artículo {0}</source>
      <translation>o artigo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>los artículos {0}</source>
      <translation>os artigos {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>número, p. ej. 13 o 14 bis</source>
      <translation>número, p. ex. 13 ou 14 bis</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>por ejemplo: Asamblea General, Resolución 12/2019</source>
      <translation>por exemplo: Assembleia Geral, Resolução 12/2019</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>por ejemplo: Reforma del artículo 13</source>
      <translation>por exemplo: Reforma do artigo 13</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>título del artículo (opcional)</source>
      <translation>título do artigo (opcional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>{0} artículos en la reforma</source>
      <translation>{0} artigos na reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>«{0}» no es un número de artículo (ejemplos: 14, 14 bis).</source>
      <translation>“{0}” não é um número de artigo (exemplos: 14, 14 bis).</translation>
    </message>
  </context>
  <context>
    <name>DialogoReglaVoto</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> % de la cuota</source>
      <translation> % da contribuição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> cuotas anuales vencidas</source>
      <translation> contribuições anuais vencidas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> unidad de la moneda</source>
      <translation> unidade da moeda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> unidades de la moneda</source>
      <translation> unidades da moeda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Artículo de la tolerancia:</source>
      <translation>Artigo da tolerância:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Guardar</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>La regla rige para la morosidad, el derecho a voto y el quórum de las sesiones. Una cuota con un saldo dentro de la tolerancia (la mayor de las dos) no cuenta como impaga para suspender el voto; el saldo sigue siendo deuda.</source>
      <translation>A regra vale para a inadimplência, o direito a voto e o quórum das sessões. Uma contribuição com saldo dentro da tolerância (a maior das duas) não conta como não paga para suspender o voto; o saldo continua sendo dívida.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Las cuotas impagas suspenden el derecho a voto</source>
      <translation>As contribuições não pagas suspendem o direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Regla de suspensión del voto</source>
      <translation>Regra de suspensão do voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Se suspende con:</source>
      <translation>Suspende-se com:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Tolerancia: hasta</source>
      <translation>Tolerância: até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>o hasta</source>
      <translation>ou até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>por ejemplo: Estatuto, art. 9</source>
      <translation>por exemplo: Estatuto, art. 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>por ejemplo: Reglamento de cuotas, art. 5</source>
      <translation>por exemplo: Regimento de contribuições, art. 5</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>sin tolerancia por importe</source>
      <translation>sem tolerância por valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>sin tolerancia por porcentaje</source>
      <translation>sem tolerância por porcentagem</translation>
    </message>
  </context>
  <context>
    <name>DialogoReglasSesion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source> días</source>
      <translation> dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>0 = no se admiten poderes</source>
      <translation>0 = não se admitem procurações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo de la mayoría</source>
      <translation>Artigo da maioria</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo de los poderes:</source>
      <translation>Artigo das procurações:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo del quórum</source>
      <translation>Artigo do quórum</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Asistencia y convocatoria</source>
      <translation>Presença e convocação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Base</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cuántos miembros ausentes puede representar cada presente (0: no se admiten poderes).</source>
      <translation>Quantos membros ausentes cada presente pode representar (0: não se admitem procurações).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cómo sesiona «{0}»: el quórum que se verifica al tomar asistencia, la mayoría que pide cada tipo de decisión, los poderes que puede llevar cada miembro, si las cuotas impagas quitan el voto y con cuánta anticipación se convoca. Cite el artículo que lo establece: la cita aparece en la convocatoria y en las actas.</source>
      <translation>Como “{0}” realiza suas sessões: o quórum verificado ao registrar a presença, a maioria exigida por cada tipo de decisão, as procurações que cada membro pode levar, se as contribuições não pagas retiram o voto e com quanta antecedência se convoca. Cite o artigo que o estabelece: a citação aparece na convocação e nas atas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Decisión</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Días de anticipación de la convocatoria:</source>
      <translation>Dias de antecedência da convocação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>El órgano no tiene reglas guardadas: rigen la mitad más uno y la mayoría simple.</source>
      <translation>O órgão não tem regras salvas: valem a metade mais um e a maioria simples.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Guardar</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Los miembros con cuotas impagas no votan</source>
      <translation>Os membros com contribuições não pagas não votam</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Los miembros con el voto suspendido por cuotas impagas (según la regla de Cuotas) no votan ni cuentan para el quórum.</source>
      <translation>Os membros com o voto suspenso por contribuições não pagas (segundo a regra de Contribuições) não votam nem contam para o quórum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Mayoría</source>
      <translation>Maioria</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Máximo de poderes por miembro:</source>
      <translation>Máximo de procurações por membro:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>No se guardó nada.</source>
      <translation>Nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Quórum</source>
      <translation>Quórum</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Quórum general (ordinaria)</source>
      <translation>Quórum geral (ordinária)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Quórum y mayoría por tipo de decisión</source>
      <translation>Quórum e maioria por tipo de decisão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Reglas de sesión — {0}</source>
      <translation>Regras de sessão — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Rige para todas las sesiones y decisiones que no tengan quórum propio.</source>
      <translation>Vale para todas as sessões e decisões que não tenham quórum próprio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Rigen desde:</source>
      <translation>Em vigor desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se recargaron las reglas actuales; sus cambios no se guardaron.</source>
      <translation>As regras atuais foram recarregadas; suas alterações não foram salvas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sin exigencia</source>
      <translation>Sem exigência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sin fecha: rigen para todas las sesiones que no tengan una versión posterior.</source>
      <translation>Sem data: valem para todas as sessões que não tenham uma versão posterior.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sin máximo</source>
      <translation>Sem máximo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sus cambios siguen en pantalla y las reglas que guardó el otro programa siguen en la base. Revise y guarde de nuevo si corresponde.</source>
      <translation>Suas alterações continuam na tela e as regras que o outro programa salvou continuam no banco de dados. Revise e salve de novo, se for o caso.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Versiones guardadas: {0}. Se muestra la última. Guardar con otra fecha crea una versión nueva: las sesiones anteriores a esa fecha se siguen juzgando con la versión vieja.</source>
      <translation>Versões salvas: {0}. É exibida a última. Salvar com outra data cria uma nova versão: as sessões anteriores a essa data continuam sendo avaliadas pela versão antiga.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>desde el {0}</source>
      <translation>desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>desde siempre</source>
      <translation>desde sempre</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>las reglas de sesión de «{0}»</source>
      <translation>as regras de sessão de “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>mayoría: la ordinaria</source>
      <translation>maioria: a ordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>por ejemplo: Estatuto, art. 18</source>
      <translation>por exemplo: Estatuto, art. 18</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>por ejemplo: Estatuto, art. 21</source>
      <translation>por exemplo: Estatuto, art. 21</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>quórum general</source>
      <translation>quórum geral</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>quórum propio: {0}</source>
      <translation>quórum próprio: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>según</source>
      <translation>conforme</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>«el ordinario» / «la ordinaria»: rige la regla de las decisiones ordinarias. La mayoría simple es más votos a favor que en contra (sin base: los votos emitidos).</source>
      <translation>“o ordinário” / “a ordinária”: vale a regra das decisões ordinárias. A maioria simples é ter mais votos a favor do que contra (sem base: contam os votos emitidos).</translation>
    </message>
  </context>
  <context>
    <name>DialogoRepresentacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Cargo:</source>
      <translation>Cargo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el nombre del representante (o borre el cargo).</source>
      <translation>Digite o nome do representante (ou apague o cargo).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Representante:</source>
      <translation>Representante:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>nombre y apellido del representante</source>
      <translation>nome e sobrenome do representante</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: Director de Relaciones Internacionales</source>
      <translation>por exemplo: Diretor de Relações Internacionais</translation>
    </message>
  </context>
  <context>
    <name>DialogoResolucion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el título de la resolución.</source>
      <translation>Digite o título da resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Punto:</source>
      <translation>Item:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Texto:</source>
      <translation>Texto:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Título:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Visto… Considerando… El Consejo resuelve: Artículo 1.º…</source>
      <translation>Tendo em vista… Considerando… O Conselho resolve: Artigo 1º…</translation>
    </message>
  </context>
  <context>
    <name>DialogoRespaldos</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>

Es una COPIA DE SEGURIDAD: guarda la base como estaba antes de restaurar o de actualizar. Si la borra, ese estado ya no estará en ningún archivo.</source>
      <translation>

É um BACKUP DE SEGURANÇA: guarda o banco de dados como estava antes de restaurar ou atualizar. Se você o excluir, esse estado não estará mais em nenhum arquivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source> (por su nombre)</source>
      <translation> (pelo nome)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source> (sin identidad: versión anterior)</source>
      <translation> (sem identidade: versão anterior)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>&lt;b&gt;Otros archivos de la carpeta: de OTRA base o sin identificar.&lt;/b&gt; No se usan para recuperar esta base; restaurar uno reemplazaría esta base por otra.</source>
      <translation>&lt;b&gt;Outros arquivos da pasta: de OUTRO banco de dados ou não identificados.&lt;/b&gt; Não servem para recuperar este banco de dados; restaurar um deles substituiria este banco de dados por outro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>ALTERADO — no usar</source>
      <translation>ALTERADO — não usar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Archivo</source>
      <translation>Arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Automático al abrir</source>
      <translation>Automático ao abrir</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Automático al cerrar</source>
      <translation>Automático ao fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Borrar respaldo</source>
      <translation>Excluir backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Borrar…</source>
      <translation>Excluir…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Contenido</source>
      <translation>Conteúdo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Copia antes de actualizar</source>
      <translation>Cópia antes de atualizar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Copia antes de restaurar</source>
      <translation>Cópia antes de restaurar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Elija el respaldo a restaurar. Antes de reemplazar la base, Escritorio guarda una copia de la actual en la carpeta «respaldos»: no se pierde nada. Las copias de seguridad (antes de restaurar, antes de actualizar) y los respaldos manuales nunca se borran solos.</source>
      <translation>Escolha o backup a restaurar. Antes de substituir o banco de dados, o Escritorio guarda uma cópia do atual na pasta “respaldos”: nada se perde. Os backups de segurança (antes de restaurar, antes de atualizar) e os backups manuais nunca são excluídos automaticamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Fecha</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Integridad</source>
      <translation>Integridade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Manual</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Motivo</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Otro</source>
      <translation>Outro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Otro archivo…</source>
      <translation>Outro arquivo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo de Escritorio (*.db);;Todos los archivos (*)</source>
      <translation>Backup do Escritorio (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar respaldo</source>
      <translation>Restaurar backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar un respaldo</source>
      <translation>Restaurar um backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Sin huella</source>
      <translation>Sem hash</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Tamaño</source>
      <translation>Tamanho</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Todavía no hay respaldos de esta base en la carpeta «respaldos».</source>
      <translation>Ainda não há backups deste banco de dados na pasta “respaldos”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Verificado</source>
      <translation>Verificado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>no se puede leer</source>
      <translation>não pode ser lido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>¿Borrar definitivamente el respaldo
{0}
({1})?{2}</source>
      <translation>Excluir definitivamente o backup
{0}
({1})?{2}</translation>
    </message>
  </context>
  <context>
    <name>DialogoTerminarMandato</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>El mandato termina en la fecha indicada (último día en el cargo). No se borra: queda en la historia del órgano con su motivo.</source>
      <translation>O mandato termina na data indicada (último dia no cargo). Não é apagado: fica no histórico do órgão com o seu motivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Motivo:</source>
      <translation>Motivo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Terminar mandato</source>
      <translation>Encerrar mandato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>por ejemplo: Renuncia, Fin del período, Cambio de autoridad local</source>
      <translation>por exemplo: Renúncia, Fim do período, Mudança de autoridade local</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Último día:</source>
      <translation>Último dia:</translation>
    </message>
  </context>
  <context>
    <name>DialogoTraspaso</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>&lt;b&gt;Lo que cambiará:&lt;/b&gt;</source>
      <translation>&lt;b&gt;O que vai mudar:&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Ciudad entrante:</source>
      <translation>Cidade entrante:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Confirmar traspaso</source>
      <translation>Confirmar transmissão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>El mandato de la Secretaría Ejecutiva saliente termina el día anterior al traspaso, empieza el de la entrante y la Comisión Directiva se rehace con la anterior, la actual y la siguiente. Todo o nada.</source>
      <translation>O mandato da Secretaria Executiva que sai termina no dia anterior à transmissão, começa o da que entra e a Comissão Diretiva é recomposta com a anterior, a atual e a seguinte. Tudo ou nada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Fecha del traspaso:</source>
      <translation>Data da transmissão:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Traspaso de la Secretaría Ejecutiva</source>
      <translation>Transmissão da Secretaria Executiva</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>— la siguiente según el orden de sucesión —</source>
      <translation>— a seguinte na ordem de sucessão —</translation>
    </message>
  </context>
  <context>
    <name>DialogoVerificarDocumento</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Aquí aparece qué es el documento según la base y por qué.</source>
      <translation>Aqui aparece o que é o documento segundo o banco de dados, e por quê.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Compruebe contra esta base de datos si un acta, una resolución, un recibo o un estado de cuenta es auténtico: Escritorio lee el código de verificación del PDF y nunca confía en lo que el archivo dice de sí mismo.</source>
      <translation>Confira neste banco de dados se uma ata, uma resolução, um recibo ou um extrato é autêntico: o Escritorio lê o código de verificação do PDF e nunca confia no que o arquivo diz sobre si mesmo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Documento PDF (*.pdf);;Todos los archivos (*)</source>
      <translation>Documento PDF (*.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Elegir el documento a verificar</source>
      <translation>Escolher o documento a verificar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Elegir un PDF…</source>
      <translation>Escolher um PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>No se pudo verificar «{0}»</source>
      <translation>Não foi possível verificar “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Suelte aquí el PDF del documento</source>
      <translation>Solte aqui o PDF do documento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificado: {0}
Suelte otro PDF para verificarlo</source>
      <translation>Verificado: {0}
Solte outro PDF para verificá-lo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificando {0}…</source>
      <translation>Verificando {0}…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificar el código</source>
      <translation>Verificar o código</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificar un documento</source>
      <translation>Verificar um documento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>o escriba el código del papel: XXXX-XXXX-XXXX</source>
      <translation>ou digite o código impresso no papel: XXXX-XXXX-XXXX</translation>
    </message>
  </context>
  <context>
    <name>EditorRegla</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source> minutos</source>
      <translation> minutos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Denominador: de cuántas partes</source>
      <translation>Denominador: de quantas partes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Fracción:</source>
      <translation>Fração:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La fracción, redondeada hacia abajo, más uno (como en «la mitad más uno»)</source>
      <translation>A fração, arredondada para baixo, mais um (como em “a metade mais um”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Numerador: cuántas partes</source>
      <translation>Numerador: quantas partes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Otra fracción…</source>
      <translation>Outra fração…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se cuenta sobre:</source>
      <translation>Calculado sobre:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Segunda convocatoria:</source>
      <translation>Segunda convocação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>con los presentes, pasados</source>
      <translation>com os presentes, passados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>dos tercios</source>
      <translation>dois terços</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad</source>
      <translation>a metade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad más uno</source>
      <translation>a metade mais um</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>más uno</source>
      <translation>mais um</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>por ejemplo: Estatuto, art. 19</source>
      <translation>por exemplo: Estatuto, art. 19</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>tres cuartos</source>
      <translation>três quartos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>un tercio</source>
      <translation>um terço</translation>
    </message>
  </context>
  <context>
    <name>EditorSesion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source> Está firmada.</source>
      <translation> Está assinada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>&lt;b&gt;Acta aprobada por {0} el {1}.&lt;/b&gt;{2} El registro de esta sesión ya no se modifica (orden del día, asistencia, votaciones y texto). Las correcciones van en una fe de erratas.</source>
      <translation>&lt;b&gt;Ata aprovada por {0} em {1}.&lt;/b&gt;{2} O registro desta sessão não pode mais ser modificado (ordem do dia, presença, votações e texto). As correções vão em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta</source>
      <translation>Ata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta (PDF)…</source>
      <translation>Ata (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta — {0}</source>
      <translation>Ata — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta: {0}</source>
      <translation>Ata: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Asistencia</source>
      <translation>Presença</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Asistencia ({0}/{1})</source>
      <translation>Presença ({0}/{1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Asistencia y votaciones (Excel)…</source>
      <translation>Presença e votações (Excel)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Confirmada: {0}</source>
      <translation>Confirmada: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Convocatoria (PDF)…</source>
      <translation>Convocação (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Documentos</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Electa: {0}</source>
      <translation>Eleita: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Exportar asistencia y votaciones</source>
      <translation>Exportar presença e votações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Guardar la resolución en PDF</source>
      <translation>Salvar a resolução em PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Hora de cierre y, si corresponde, segunda convocatoria</source>
      <translation>Hora de encerramento e, se for o caso, segunda convocação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Imprimir el acta</source>
      <translation>Imprimir a ata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Imprimir la convocatoria</source>
      <translation>Imprimir a convocação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Orden del día</source>
      <translation>Ordem do dia</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Orden del día ({0})</source>
      <translation>Ordem do dia ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Para el quórum: {0} de {1} ({2}).</source>
      <translation>Para o quórum: {0} de {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Quórum ✓ {0}/{1}</source>
      <translation>Quórum ✓ {0}/{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Sesión celebrada…</source>
      <translation>Sessão realizada…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Sin candidatura electa</source>
      <translation>Nenhuma candidatura eleita</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Sin quórum {0}/{1}</source>
      <translation>Sem quórum {0}/{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Volver a la lista de sesiones</source>
      <translation>Voltar à lista de sessões</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Votaciones</source>
      <translation>Votações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Votaciones ({0}/{1})</source>
      <translation>Votações ({0}/{1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Votación cerrada</source>
      <translation>Votação encerrada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>cerró a las {0}</source>
      <translation>encerrada às {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>convocada el {0}</source>
      <translation>convocada em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>{0} presentes</source>
      <translation>{0} presentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>{0} presentes y {1} por poder</source>
      <translation>{0} presentes e {1} por procuração</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>← Sesiones</source>
      <translation>← Sessões</translation>
    </message>
  </context>
  <context>
    <name>Escritorio</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>

Después de restaurarlo, esta base será aquella.</source>
      <translation>

Depois de restaurá-lo, este banco de dados passará a ser aquele.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>

¿Continuar?</source>
      <translation>

Continuar?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (la declara quien firma)</source>
      <translation> (declarada por quem assina)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (sello de tiempo)</source>
      <translation> (carimbo do tempo)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source> nuevamente, en relación con nuestro aviso del {0},</source>
      <translation> novamente, com referência ao nosso aviso de {0},</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source> nuevamente, en relación con nuestro aviso,</source>
      <translation> novamente, com referência ao nosso aviso anterior,</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>% cobrado</source>
      <translation>% recebido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>&amp;Idioma de la ventana</source>
      <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>(Sin texto.)</source>
      <translation>(Sem texto.)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>(no encontrada)</source>
      <translation>(não encontrada)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>(sin dato)</source>
      <translation>(sem dado)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>({0} de {1})</source>
      <translation>({0} de {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>({0}; están en la hoja {1})</source>
      <translation>({0}; estão na aba {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>, luego de los {0} avisos enviados anteriormente (el último, del {1}),</source>
      <translation>, após os {0} avisos enviados anteriormente (o último, de {1}),</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>, luego de los {0} avisos enviados anteriormente,</source>
      <translation>, após os {0} avisos enviados anteriormente,</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>1 a 90 días</source>
      <translation>1 a 90 dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>1 cuota anual impaga suspende el voto</source>
      <translation>1 contribuição anual não paga suspende o voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>1 día</source>
      <translation>1 dia</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>1 miembro dado de baja no se cuenta</source>
      <translation>1 membro desligado não é contado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>1 tramo: {0}</source>
      <translation>1 faixa: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>1 voto</source>
      <translation>1 voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>1 {0} = {1} {2} · equivale a {3}</source>
      <translation>1 {0} = {1} {2} · equivale a {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>100.000 a 499.999</source>
      <translation>100.000 a 499.999</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>181 a 365 días</source>
      <translation>181 a 365 dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>3.000.000 o más</source>
      <translation>3.000.000 ou mais</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>500.000 a 2.999.999</source>
      <translation>500.000 a 2.999.999</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>91 a 180 días</source>
      <translation>91 a 180 dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>: </source>
      <translation>: </translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>; última reforma incorporada, vigente desde {0}</source>
      <translation>; última reforma incorporada, vigente desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>; última reforma incorporada, vigente desde {0} ({1})</source>
      <translation>; última reforma incorporada, vigente desde {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>&lt;b&gt;Modo portátil&lt;/b&gt;: los datos y los ajustes viajan con el programa, en {0}</source>
      <translation>&lt;b&gt;Modo portátil&lt;/b&gt;: os dados e as configurações acompanham o programa, em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>&lt;b&gt;Sobrescribir&lt;/b&gt;: guarda lo suyo y reemplaza esos cambios.&lt;br&gt;&lt;b&gt;Recargar&lt;/b&gt;: muestra los datos actuales; lo que usted escribió se descarta.&lt;br&gt;&lt;b&gt;Cancelar&lt;/b&gt;: no guarda nada y deja su formulario como está, para revisarlo.</source>
      <translation>&lt;b&gt;Sobrescrever&lt;/b&gt;: salva o que é seu e substitui essas alterações.&lt;br&gt;&lt;b&gt;Recarregar&lt;/b&gt;: mostra os dados atuais; o que você digitou é descartado.&lt;br&gt;&lt;b&gt;Cancelar&lt;/b&gt;: não salva nada e deixa seu formulário como está, para você revisá-lo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>A favor</source>
      <translation>A favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>A favor: {0} · En contra: {1} · Abstenciones: {2} · Presentes: {3} · Con derecho a voto: {4}</source>
      <translation>A favor: {0} · Contra: {1} · Abstenções: {2} · Presentes: {3} · Com direito a voto: {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>A las autoridades de</source>
      <translation>Às autoridades de</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>A mano alzada</source>
      <translation>Por mão levantada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>ACTA N.º {0}</source>
      <translation>ATA N.º {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>ALTERADA</source>
      <translation>ALTERADA</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>ANULADO</source>
      <translation>ANULADO</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>ATENCIÓN: el respaldo elegido es de OTRA base, no de esta.

</source>
      <translation>ATENÇÃO: o backup escolhido é de OUTRO banco de dados, não deste.

</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Abrir la carpeta</source>
      <translation>Abrir a pasta</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Abrir otra base de datos</source>
      <translation>Abrir outro banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Abstenciones</source>
      <translation>Abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Abstención</source>
      <translation>Abstenção</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Aceptar</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0}</source>
      <translation>Ata n.º {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0} ({1}), aprobada el {2}, huella SHA-256 {3}</source>
      <translation>Ata n.º {0} ({1}), aprovada em {2}, hash SHA-256 {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0} ({1}), todavía en borrador</source>
      <translation>Ata n.º {0} ({1}), ainda em rascunho</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Acta que la contiene</source>
      <translation>Ata que a contém</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actas</source>
      <translation>Atas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividades</source>
      <translation>Atividades</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Activo</source>
      <translation>Ativo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Actualizados</source>
      <translation>Atualizados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Admisión de miembros</source>
      <translation>Adesão de membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Adoptar</source>
      <translation>Adotar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Adoptar resolución</source>
      <translation>Adotar resolução</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Agradecemos de antemano su atención y el compromiso que mantienen con nuestra Asociación.</source>
      <translation>Agradecemos antecipadamente a atenção e o compromisso que mantêm com nossa Associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Agregado</source>
      <translation>Incluído</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar</source>
      <translation>Adicionar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Agregar candidatura</source>
      <translation>Adicionar candidatura</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar invitado u observador</source>
      <translation>Adicionar convidado ou observador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar punto al orden del día</source>
      <translation>Adicionar item à ordem do dia</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar subpunto</source>
      <translation>Adicionar subitem</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Al aprobarla, el acta se congela: se guarda su huella SHA-256 y ni la asistencia, ni las votaciones, ni el texto pueden cambiar. Las correcciones posteriores van en una fe de erratas.</source>
      <translation>Ao ser aprovada, a ata é congelada: seu hash SHA-256 é guardado e nem a presença, nem as votações, nem o texto podem mudar. As correções posteriores vão em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Anexo — Fe de erratas</source>
      <translation>Anexo — Errata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Anterior</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Apache 2.0</source>
      <translation>Apache 2.0</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Apertura</source>
      <translation>Abertura</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Aprobada</source>
      <translation>Aprovada</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Aprobada el {0}</source>
      <translation>Aprovada em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Aprobada por</source>
      <translation>Aprovada por</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Aprobada por {0}</source>
      <translation>Aprovada por {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Aprobada por {0} el {1}</source>
      <translation>Aprovada por {0} em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Aprobada por: {0}</source>
      <translation>Aprovada por: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Aprobada: {0}; mayoría simple: {1}.</source>
      <translation>Aprovada: {0}; maioria simples: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Aprobada: {0}; {1} ({2}).</source>
      <translation>Aprovada: {0}; {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Aprobar el acta</source>
      <translation>Aprovar a ata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Archivo guardado:
{0}

¿Desea abrirlo ahora?</source>
      <translation>Arquivo salvo:
{0}

Deseja abri-lo agora?</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Artículo</source>
      <translation>Artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Artículo {0}</source>
      <translation>Artigo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Artículo {0} — {1}</source>
      <translation>Artigo {0} — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Artículos</source>
      <translation>Artigos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Asamblea</source>
      <translation>Assembleia</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Asambleas</source>
      <translation>Assembleias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Asiste sin voto y no cuenta para el quórum; figura en el acta.</source>
      <translation>Participa sem voto e não conta para o quórum; consta na ata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Asistencia</source>
      <translation>Presença</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Asociación</source>
      <translation>Associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Asociación nacional</source>
      <translation>Associação nacional</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Atención: convocatoria con plazo reducido</source>
      <translation>Atenção: convocação com prazo reduzido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Ausente</source>
      <translation>Ausente</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Ausentes ({0})</source>
      <translation>Ausentes ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Autoridad</source>
      <translation>Autoridade</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridades</source>
      <translation>Autoridades</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Autoridades de confianza…</source>
      <translation>Autoridades confiáveis…</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Aviso</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Aviso de cuotas pendientes</source>
      <translation>Aviso de contribuições pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Aviso final de cuotas pendientes</source>
      <translation>Aviso final de contribuições pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Avisos</source>
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Avisos (continuación)</source>
      <translation>Avisos (continuação)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Avisos ({0})</source>
      <translation>Avisos ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Avisos de cuotas pendientes</source>
      <translation>Avisos de contribuições pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Avisos de cuotas pendientes al {0}</source>
      <translation>Avisos de contribuições pendentes em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Avisos de deuda</source>
      <translation>Avisos de cobrança</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Avisos de deuda (lotes)</source>
      <translation>Avisos de cobrança (lotes)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Año de la población</source>
      <translation>Ano da população</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>BORRADOR</source>
      <translation>RASCUNHO</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Babel</source>
      <translation>Babel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Baja</source>
      <translation>Desligado</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Base</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Base de Escritorio (*.db);;Todos los archivos (*)</source>
      <translation>Banco de dados do Escritorio (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Base de datos dañada</source>
      <translation>Banco de dados danificado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Base de datos en uso:</source>
      <translation>Banco de dados em uso:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Base recuperada</source>
      <translation>Banco de dados recuperado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Base restaurada. La anterior quedó guardada en:
{0}</source>
      <translation>Banco de dados restaurado. O anterior ficou guardado em:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Base:</source>
      <translation>Base:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Borrador</source>
      <translation>Rascunho</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>CC BY 4.0</source>
      <translation>CC BY 4.0</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>CONVOCATORIA</source>
      <translation>CONVOCAÇÃO</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>COPIA</source>
      <translation>CÓPIA</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cada miembro presente puede llevar 1 poder{0}.</source>
      <translation>Cada membro presente pode portar 1 procuração{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cada miembro presente puede llevar hasta {0} poderes{1}.</source>
      <translation>Cada membro presente pode portar até {0} procurações{1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cada miembro presente puede llevar poderes sin máximo{0}.</source>
      <translation>Cada membro presente pode portar procurações sem limite{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cambiado</source>
      <translation>Alterado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cambiar el cargo que se elige</source>
      <translation>Alterar o cargo em eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Cancelada</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Cancelado: no se creó ningún archivo.</source>
      <translation>Cancelado: nenhum arquivo foi criado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Cancelando: se deshace lo hecho…</source>
      <translation>Cancelando: desfazendo o que foi feito…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Candidatura</source>
      <translation>Candidatura</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Candidatura {0}</source>
      <translation>Candidatura {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidaturas</source>
      <translation>Candidaturas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cargo</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cargo que se elige</source>
      <translation>Cargo em eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Carta</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Categoría</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Categorías de los países</source>
      <translation>Categorias dos países</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Celebrada</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Cerrar {0}</source>
      <translation>Encerrar {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificado con clave privada (*.p12 *.pfx);;Todos los archivos (*)</source>
      <translation>Certificado com chave privada (*.p12 *.pfx);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificado:</source>
      <translation>Certificado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificados raíz (*.pem *.crt *.cer *.der);;Todos los archivos (*)</source>
      <translation>Certificados raiz (*.pem *.crt *.cer *.der);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificados raíz de confianza</source>
      <translation>Certificados raiz confiáveis</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Cheque</source>
      <translation>Cheque</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Cierre</source>
      <translation>Encerramento</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Ciudad</source>
      <translation>Cidade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Ciudad sede:</source>
      <translation>Cidade-sede:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Ciudades participantes ({0})</source>
      <translation>Cidades participantes ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>Cobrado</source>
      <translation>Recebido</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Comisiones directivas</source>
      <translation>Comissões diretivas</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Comisión Directiva</source>
      <translation>Comissão Diretiva</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Comité</source>
      <translation>Comitê</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Comité Ejecutivo</source>
      <translation>Comitê Executivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Comités</source>
      <translation>Comitês</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Comités ejecutivos</source>
      <translation>Comitês executivos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Composición</source>
      <translation>Composição</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Composición de {0} al {1}</source>
      <translation>Composição de {0} em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Composición del órgano</source>
      <translation>Composição do órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Con la presencia de {0} de {1} {2} no hay quórum: se requiere {3}{4}.</source>
      <translation>Com a presença de {0} de {1} {2}, não há quórum: é necessário {3}{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Con la presencia de {0} de {1} {2} no hay quórum: se requieren {3}{4}.</source>
      <translation>Com a presença de {0} de {1} {2}, não há quórum: são necessários {3}{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Con la presencia de {0} de {1} {2} se verifica el quórum{3}.</source>
      <translation>Com a presença de {0} de {1} {2}, verifica-se o quórum{3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Con saldo</source>
      <translation>Com saldo pendente</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Con voto</source>
      <translation>Com voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Concepto</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Confianza</source>
      <translation>Confiança</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Confianza: {0}</source>
      <translation>Confiança: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Congreso</source>
      <translation>Congresso</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Congresos</source>
      <translation>Congressos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Consejo</source>
      <translation>Conselho</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Consejos</source>
      <translation>Conselhos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Constancia de aprobación</source>
      <translation>Termo de aprovação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Contactos</source>
      <translation>Contatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Contraseña:</source>
      <translation>Senha:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocada</source>
      <translation>Convocada</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Convocada con {0} de anticipación; el {1} pide {2}.</source>
      <translation>Convocada com {0} de antecedência; o {1} exige {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Convocada con {0} de anticipación; la regla del órgano pide {1}.</source>
      <translation>Convocada com {0} de antecedência; a regra do órgão exige {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Convocar</source>
      <translation>Convocar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Convocar sesión</source>
      <translation>Convocar sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Convocatoria</source>
      <translation>Convocação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Convocatoria emitida el {0}.</source>
      <translation>Convocação emitida em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Coordinación</source>
      <translation>Coordenação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Coordinador</source>
      <translation>Coordenador</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Copias de documentos emitidos</source>
      <translation>Cópias de documentos emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Correcciones de mandatos</source>
      <translation>Correções de mandatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Correcciones registradas después de la aprobación, en orden de fecha. El texto aprobado del acta no se modifica.</source>
      <translation>Correções registradas após a aprovação, em ordem de data. O texto aprovado da ata não é modificado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Corrección</source>
      <translation>Correção</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Correo</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Corriendo desde el código fuente.</source>
      <translation>Executando a partir do código-fonte.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Crear respaldo</source>
      <translation>Criar backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Créditos</source>
      <translation>Créditos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Cuenta en {0}</source>
      <translation>Conta em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Cuota anual</source>
      <translation>Contribuição anual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Cuota completa</source>
      <translation>Contribuição integral</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Cuota de ingreso</source>
      <translation>Contribuição de adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cuotas emitidas</source>
      <translation>Contribuições emitidas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Cuotas impagas</source>
      <translation>Contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Cuotas y presupuesto</source>
      <translation>Contribuições e orçamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Cuotas {0}</source>
      <translation>Contribuições {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Código</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/verificacion.py" />
      <source>Código de verificación</source>
      <translation>Código de verificação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Dado de baja el {0} · Motivo: no consta</source>
      <translation>Desligado em {0} · Motivo: não informado</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Dado de baja el {0} · Motivo: {1}</source>
      <translation>Desligado em {0} · Motivo: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Datos de la asociación</source>
      <translation>Dados da associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>De nuestra mayor consideración:</source>
      <translation>Prezados Senhores:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>De oficio</source>
      <translation>Membros natos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>De oficio por</source>
      <translation>Membro nato por</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Debe</source>
      <translation>Débito</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Decisión</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Declaración</source>
      <translation>Declaração</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Deje los campos vacíos si asiste la autoridad ({0}).</source>
      <translation>Deixe os campos vazios se a autoridade ({0}) comparecer pessoalmente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Deje los campos vacíos si asiste la autoridad del miembro.</source>
      <translation>Deixe os campos vazios se a autoridade do membro comparecer pessoalmente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Deliberativo</source>
      <translation>Deliberativo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Dependen de: {0}</source>
      <translation>Dependem de: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Depósito</source>
      <translation>Depósito</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Derecho a voto</source>
      <translation>Direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Derecho a voto suspendido por cuotas impagas</source>
      <translation>Direito a voto suspenso por contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Desarrollo de la sesión</source>
      <translation>Desenvolvimento da sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Descripción</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Desde el año siguiente</source>
      <translation>A partir do ano seguinte</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Designación</source>
      <translation>Designação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Destinatarios ({0})</source>
      <translation>Destinatários ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Deuda total</source>
      <translation>Dívida total</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Director</source>
      <translation>Diretor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Disolución</source>
      <translation>Dissolução</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Documento PDF (*.pdf)</source>
      <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Documento PDF (*.pdf);;Todos los archivos (*)</source>
      <translation>Documento PDF (*.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Documentos emitidos</source>
      <translation>Documentos emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Documentos en {0} (Archivo › Idioma de los documentos)</source>
      <translation>Documentos em {0} (Arquivo › Idioma dos documentos)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Dos tercios</source>
      <translation>Dois terços</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Días de atraso</source>
      <translation>Dias de atraso</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Efectivo</source>
      <translation>Dinheiro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Ej.: RML</source>
      <translation>Ex.: RML</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Ej.: Red de Municipios del Litoral</source>
      <translation>Ex.: Rede de Municípios do Litoral</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El acta aprobada no se modifica. La fe de erratas queda con la fecha de hoy ({0}) y se imprime al final del acta.</source>
      <translation>A ata aprovada não é modificada. A errata fica com a data de hoje ({0}) e é impressa no final da ata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>El acta firmada se conserva escaneada en el registro.</source>
      <translation>A ata assinada fica arquivada, digitalizada, no registro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>El acta firmada se conserva.</source>
      <translation>A ata assinada fica arquivada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>El de cada asociación (Datos de la asociación)</source>
      <translation>O de cada associação (Dados da associação)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>El orden del día se comunicará por separado.</source>
      <translation>A ordem do dia será comunicada separadamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>El texto aprobado queda congelado: cualquier cambio posterior altera la huella. Las correcciones se registran en la fe de erratas.</source>
      <translation>O texto aprovado fica congelado: qualquer alteração posterior muda o hash. As correções são registradas na errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Elecciones</source>
      <translation>Eleições</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Elección</source>
      <translation>Eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Elección de {0}. Candidaturas: {1}. Sin votación registrada.</source>
      <translation>Eleição de {0}. Candidaturas: {1}. Sem votação registrada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Elección en la sesión del {0} ({1})</source>
      <translation>Eleição na sessão de {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Electa</source>
      <translation>Eleita</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elegir el certificado</source>
      <translation>Escolher o certificado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elegir…</source>
      <translation>Escolher…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elija un PDF firmado con «Verificar otro PDF…».</source>
      <translation>Escolha um PDF assinado com “Verificar outro PDF…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Emitido con {0}</source>
      <translation>Emitido com {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate entre {0}, con {1} cada una: no hay candidatura electa; corresponde una nueva votación entre ellas. {2}</source>
      <translation>Empate entre {0}, com {1} cada uma: não há candidatura eleita; cabe uma nova votação entre elas. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>En blanco</source>
      <translation>Em branco</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>En concepto de:</source>
      <translation>Referente a:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>En contra</source>
      <translation>Contra</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>En curso</source>
      <translation>Em andamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>En segunda convocatoria, con la presencia de {0} de {1} {2}, la sesión se realiza con los presentes{3}.</source>
      <translation>Em segunda convocação, com a presença de {0} de {1} {2}, a sessão é realizada com os presentes{3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>En {0}, el {1}, siendo las {2} horas, se reúne en {3} {4}, con la asistencia que se detalla a continuación.</source>
      <translation>Em {0}, no dia {1}, às {2} horas, reúne-se em {3} {4}, com a presença detalhada a seguir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Enlace virtual</source>
      <translation>Link virtual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Equivale a {0} (tipo de cambio {1} {2} por 1 {3})</source>
      <translation>Equivale a {0} (câmbio de {1} {2} por 1 {3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>Error inesperado</source>
      <translation>Erro inesperado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escalas de cuotas</source>
      <translation>Tabelas de contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/formularios.py" />
      <source>Escriba parte del nombre…</source>
      <translation>Digite parte do nome…</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Estado de cuenta</source>
      <translation>Extrato de conta</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Estado de cuenta de {0} al {1}</source>
      <translation>Extrato de conta de {0} em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Estado desde</source>
      <translation>Situação desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estados de los miembros</source>
      <translation>Situações dos membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Estatuto</source>
      <translation>Estatuto</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estatuto y reglamentos</source>
      <translation>Estatuto e regimentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Este texto no incluye {0} reforma con vigencia posterior al {1} (la primera, desde el {2}).</source>
      <translation>Este texto não inclui {0} reforma com vigência posterior a {1} (a primeira, a partir de {2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Este texto no incluye {0} reformas con vigencia posterior al {1} (la primera, desde el {2}).</source>
      <translation>Este texto não inclui {0} reformas com vigência posterior a {1} (a primeira, a partir de {2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Exclusión de miembros</source>
      <translation>Exclusão de membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Excusado</source>
      <translation>Justificado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Exenciones</source>
      <translation>Isenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Extraordinaria</source>
      <translation>Extraordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>Facturado</source>
      <translation>Faturado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Fe de erratas</source>
      <translation>Errata</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Fecha</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Fecha de ingreso</source>
      <translation>Data de adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Fecha del pago</source>
      <translation>Data do pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Fecha: {0}</source>
      <translation>Data: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Fechas</source>
      <translation>Datas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firma digital</source>
      <translation>Assinatura digital</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Firma y aclaración</source>
      <translation>Assinatura e nome legível</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Firmada</source>
      <translation>Assinada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmado por {0} el {1} (firma n.º {2} del documento). El PDF firmado quedó guardado con el acta; «Guardar PDF firmado…» lo copia a un archivo.</source>
      <translation>Assinado por {0} em {1} (assinatura nº {2} do documento). O PDF assinado ficou salvo com a ata; “Salvar PDF assinado…” o copia para um arquivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmado por {0} el {1} (firma n.º {2} del documento). El PDF firmado quedó guardado; «Guardar PDF firmado…» lo copia a un archivo.</source>
      <translation>Assinado por {0} em {1} (assinatura nº {2} do documento). O PDF assinado ficou salvo; “Salvar PDF assinado…” o copia para um arquivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmando</source>
      <translation>Assinando</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmante</source>
      <translation>Signatário</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Firmantes de declaraciones</source>
      <translation>Signatários de declarações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmar</source>
      <translation>Assinar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmar digitalmente</source>
      <translation>Assinar digitalmente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmas de este documento</source>
      <translation>Assinaturas deste documento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmas de {0}</source>
      <translation>Assinaturas de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmas del PDF</source>
      <translation>Assinaturas do PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Firmas digitales</source>
      <translation>Assinaturas digitais</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Font Awesome Free (Fonticons)</source>
      <translation>Font Awesome Free (Fonticons)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Fuente</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Fuentes Liberation (Red Hat)</source>
      <translation>Fontes Liberation (Red Hat)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Fundador</source>
      <translation>Fundador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Futura</source>
      <translation>Futura</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Generado con {0}</source>
      <translation>Gerado com {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/base.py" />
      <source>Generado con {0} el {1}</source>
      <translation>Gerado com {0} em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Generando el archivo…</source>
      <translation>Gerando o arquivo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>GeoNames (geonames.org)</source>
      <translation>GeoNames (geonames.org)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Gobierno regional</source>
      <translation>Governo regional</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Grupo de trabajo</source>
      <translation>Grupo de trabalho</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Grupos de trabajo</source>
      <translation>Grupos de trabalho</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Guardando…</source>
      <translation>Salvando…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Guardar</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Guardar PDF firmado…</source>
      <translation>Salvar PDF assinado…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Guardar el PDF firmado</source>
      <translation>Salvar o PDF assinado</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Haber</source>
      <translation>Crédito</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Hasta</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Hecho con</source>
      <translation>Feito com</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Hora</source>
      <translation>Horário</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Hora de cierre: {0} horas.</source>
      <translation>Hora de encerramento: {0} horas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Idioma de la ventana</source>
      <translation>Idioma da interface</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Idioma de los doc&amp;umentos</source>
      <translation>Idioma dos doc&amp;umentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Idioma de los documentos:</source>
      <translation>Idioma dos documentos:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Igual</source>
      <translation>Igual</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Importe</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Imputaciones de pagos</source>
      <translation>Imputações de pagamentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Indique el miembro que se postula, la persona que lo encabeza, o ambos.</source>
      <translation>Indique o membro que se candidata, a pessoa que o encabeça, ou ambos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Indique la categoría de cada país: los puestos en los órganos dependen de ella. Deje «No participa» en los demás.</source>
      <translation>Indique a categoria de cada país: os lugares nos órgãos dependem dela. Deixe “Não participa” nos demais.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Informativo</source>
      <translation>Informativo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Informe de unidad temática</source>
      <translation>Relatório de unidade temática</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>Ingreso</source>
      <translation>Adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Instalación normal: los datos del programa (la base por omisión y el registro de errores) están en {0}</source>
      <translation>Instalação normal: os dados do programa (o banco de dados padrão e o registro de erros) estão em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Integra el órgano sin voto</source>
      <translation>Integra o órgão sem voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Integrante</source>
      <translation>Integrante</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Integrantes</source>
      <translation>Integrantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Integridad</source>
      <translation>Integridade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Invitado</source>
      <translation>Convidado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Invitados</source>
      <translation>Convidados</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Invitados y observadores, sin voto ({0})</source>
      <translation>Convidados e observadores, sem voto ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>La asociación todavía no tiene órganos registrados.</source>
      <translation>A associação ainda não tem órgãos cadastrados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>La base de datos está en una carpeta de red ({0}). Si dos equipos la usan a la vez se puede dañar: úsela desde un solo equipo, o cópiela a este equipo.</source>
      <translation>O banco de dados está em uma pasta de rede ({0}). Se dois computadores o usarem ao mesmo tempo, ele pode ser danificado: use-o a partir de um único computador ou copie-o para este computador.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>La base de datos ya estaba cerrada (se restauró un respaldo o se abrió otra base).</source>
      <translation>O banco de dados já estava fechado (um backup foi restaurado ou outro banco de dados foi aberto).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>La base {0} ya está abierta en otra ventana de Escritorio (equipo {1}, proceso {2}). Use esa ventana, o ciérrela y vuelva a abrir Escritorio.</source>
      <translation>O banco de dados {0} já está aberto em outra janela do Escritorio (computador {1}, processo {2}). Use essa janela, ou feche-a e abra o Escritorio novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>La composición cumple las reglas del estatuto.</source>
      <translation>A composição cumpre as regras do estatuto.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>La composición del órgano no tiene integrantes en la fecha de la sesión.</source>
      <translation>A composição do órgão não tem integrantes na data da sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La convocatoria no exige días de anticipación{0}.</source>
      <translation>A convocação não exige dias de antecedência{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>La elección designa a la candidatura electa en este cargo cuando se confirma. Se puede cambiar hasta que se cierre la votación.</source>
      <translation>A eleição designa a candidatura eleita para este cargo quando é confirmada. O cargo pode ser alterado até o encerramento da votação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A maioria simples é ter mais votos a favor do que contra: é calculada sobre os votos emitidos. Para que as abstenções pesem, escolha maioria absoluta dos presentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>La norma no tenía artículos vigentes al {0}.</source>
      <translation>A norma não tinha artigos vigentes em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>La resolución no tiene otro texto que su título.</source>
      <translation>A resolução não tem outro texto além do título.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La resolución recibe el número siguiente del órgano en el año de la sesión.</source>
      <translation>A resolução recebe o próximo número do órgão no ano da sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>La secretaría de una asociación de municipios: padrón, cuotas, estatutos, órganos, unidades temáticas y sesiones, con sus documentos.</source>
      <translation>A secretaria de uma associação de municípios: cadastro de membros, contribuições, estatutos, órgãos, unidades temáticas e sessões, com seus documentos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La sesión pasa a «celebrada». La hora de cierre figura en el acta.</source>
      <translation>A sessão passa a “realizada”. A hora de encerramento consta na ata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La sesión queda convocada con su número de orden en el órgano. El orden del día, la asistencia y el acta se completan después, desde la sesión.</source>
      <translation>A sessão fica convocada com seu número de ordem no órgão. A ordem do dia, a presença e a ata são preenchidas depois, a partir da sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>La suma de</source>
      <translation>A quantia de</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>La unidad no tiene actividades registradas.</source>
      <translation>A unidade não tem atividades registradas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>La unidad no tiene coordinación designada en esta fecha.</source>
      <translation>A unidade não tem coordenação designada nesta data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>La ventana estará en {0} la próxima vez que abra Escritorio.</source>
      <translation>A interface estará em {0} na próxima vez que você abrir o Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Las cuotas de los miembros sostienen el funcionamiento y las actividades comunes de la Asociación. Les solicitamos que regularicen esta situación a la brevedad o, si existiera alguna dificultad, que se comuniquen con la Secretaría Ejecutiva para acordar una forma de pago.</source>
      <translation>As contribuições dos membros sustentam o funcionamento e as atividades comuns da Associação. Solicitamos que regularizem esta situação com brevidade ou, caso haja alguma dificuldade, que entrem em contato com a Secretaria Executiva para acordar uma forma de pagamento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Leyendo y validando…</source>
      <translation>Lendo e validando…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Lo que cambió (como estaba al abrir → como está ahora):</source>
      <translation>O que mudou (como estava ao abrir → como está agora):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>Lo sentimos: ocurrió un error inesperado y la operación no se completó.

Los detalles quedaron en:
{0}</source>
      <translation>Desculpe: ocorreu um erro inesperado e a operação não foi concluída.

Os detalhes foram registrados em:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Los estatutos de la Asociación{0} suspenden el derecho a voto en los órganos de la Asociación de los miembros que adeuden cuotas. Por ello, a la fecha, {1} tiene suspendido su derecho a voto en las sesiones de los órganos de la Asociación.</source>
      <translation>O estatuto da Associação{0} suspende o direito a voto nos órgãos da Associação dos membros que estejam em débito com as contribuições. Por isso, nesta data, {1} está com o direito a voto suspenso nas sessões dos órgãos da Associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Los estatutos de la Asociación{0} suspenden el derecho a voto en los órganos de la Asociación de los miembros que adeuden {1}. Por ello, a la fecha, {2} tiene suspendido su derecho a voto en las sesiones de los órganos de la Asociación.</source>
      <translation>O estatuto da Associação{0} suspende o direito a voto nos órgãos da Associação dos membros que devam {1}. Por isso, nesta data, {2} está com o direito a voto suspenso nas sessões dos órgãos da Associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Los estatutos no suspenden el voto por cuotas impagas.</source>
      <translation>O estatuto não suspende o voto por contribuições não pagas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Los miembros con cuotas impagas no votan ni cuentan para el quórum.</source>
      <translation>Os membros com contribuições não pagas não votam nem contam para o quórum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Los miembros con cuotas impagas votan igual.</source>
      <translation>Os membros com contribuições não pagas votam normalmente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Los textos de las licencias viajan con el programa, en recursos/fuentes y recursos/iconos.</source>
      <translation>Os textos das licenças acompanham o programa, em recursos/fuentes e recursos/iconos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Lugar</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Lugar:</source>
      <translation>Local:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>MIT</source>
      <translation>MIT</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Mandato</source>
      <translation>Mandato</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandatos</source>
      <translation>Mandatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Material Design Icons (Pictogrammers)</source>
      <translation>Material Design Icons (Pictogrammers)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Mayoría</source>
      <translation>Maioria</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Mayoría absoluta</source>
      <translation>Maioria absoluta</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Mayoría absoluta (más de la mitad) {0}</source>
      <translation>Maioria absoluta (mais da metade) {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Mayoría que pide la regla:</source>
      <translation>Maioria exigida pela regra:</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Mayoría simple</source>
      <translation>Maioria simples</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Mayoría simple: {0}</source>
      <translation>Maioria simples: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Mayoría:</source>
      <translation>Maioria:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Medio de pago</source>
      <translation>Forma de pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Menos de 100.000</source>
      <translation>Menos de 100.000</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Miembro suspendido</source>
      <translation>Membro suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Miembro {0}</source>
      <translation>Membro {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Miembros</source>
      <translation>Membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Miembros presentes o representados ({0})</source>
      <translation>Membros presentes ou representados ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Mientras tenía abierta {0}, otro programa (la línea de órdenes u otra ventana) guardó cambios en el mismo registro. Todavía no se guardó nada de lo suyo.</source>
      <translation>Enquanto você editava {0}, outro programa (a linha de comando ou outra janela) salvou alterações no mesmo registro. Nada do que você fez foi salvo ainda.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Modalidad</source>
      <translation>Modalidade</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Modo de ingreso</source>
      <translation>Forma de adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Moneda</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Monedas</source>
      <translation>Moedas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Morosidad</source>
      <translation>Inadimplência</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>Morosidad al {0}</source>
      <translation>Inadimplência em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Motivo</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Motivo del estado</source>
      <translation>Motivo da situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Motivo sin voto</source>
      <translation>Motivo sem voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Motivo:</source>
      <translation>Motivo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Motivo: no consta</source>
      <translation>Motivo: não informado</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Motivo: {0}</source>
      <translation>Motivo: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Municipio</source>
      <translation>Município</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Más antigua</source>
      <translation>Mais antiga</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Más de 365 días</source>
      <translation>Mais de 365 dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Método</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Método:</source>
      <translation>Método:</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Ninguna candidatura alcanzó la mayoría: {0} obtuvo {1} y {2} ({3}); {4}. {5}</source>
      <translation>Nenhuma candidatura alcançou a maioria: {0} obteve {1} e {2} ({3}); {4}. {5}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Ninguna candidatura obtuvo votos: no hay candidatura electa. {0}</source>
      <translation>Nenhuma candidatura obteve votos: não há candidatura eleita. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Ningún miembro participa en unidades temáticas en esa fecha.</source>
      <translation>Nenhum membro participa de unidades temáticas nessa data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>No fue adoptada en una sesión registrada.</source>
      <translation>Não foi adotada em uma sessão registrada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>No habiendo más asuntos que tratar, se levanta la sesión siendo las {0} horas.</source>
      <translation>Nada mais havendo a tratar, encerra-se a sessão às {0} horas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>No hay avisos para emitir.</source>
      <translation>Não há avisos a emitir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>No hay cuotas emitidas en {0}.</source>
      <translation>Não há contribuições emitidas em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/base.py" />
      <source>No hay datos para listar.</source>
      <translation>Não há dados para listar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>No hay miembros para listar.</source>
      <translation>Não há membros para listar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>No hay otras ciudades integrantes en esta fecha.</source>
      <translation>Não há outras cidades integrantes nesta data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>No hay recibos para imprimir.</source>
      <translation>Não há recibos para imprimir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>No hay un programa para abrir archivos {0} en esta computadora; el archivo está en:
{1}

Puede abrir la carpeta y copiarlo a otro equipo, o instalar un programa para ese tipo de archivo.</source>
      <translation>Não há um programa para abrir arquivos {0} neste computador; o arquivo está em:
{1}

Você pode abrir a pasta e copiá-lo para outro computador, ou instalar um programa para esse tipo de arquivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>No hay una votación registrada para esta resolución.</source>
      <translation>Não há votação registrada para esta resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>No participa</source>
      <translation>Não participa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>No se admiten poderes{0}.</source>
      <translation>Não são admitidas procurações{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se guardó lo escrito</source>
      <translation>O texto não foi salvo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>No se pudo completar</source>
      <translation>Não foi possível concluir</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se pudo guardar en la base el {0}: {1}</source>
      <translation>Não foi possível salvar no banco de dados em {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se pudo guardar {0} de {1}:

{2}

Lo escrito no se perdió: quedó copiado en el archivo
{3}
Ábralo con cualquier editor de texto para recuperarlo.</source>
      <translation>Não foi possível salvar {0} de {1}:

{2}

O texto não se perdeu: foi copiado para o arquivo
{3}
Abra-o com qualquer editor de texto para recuperá-lo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se pudo guardar {0} de {1}:

{2}

Tampoco se pudo copiar a un archivo en {3} ({4}).
Lo escrito sigue en pantalla: selecciónelo y cópielo (Ctrl+A, Ctrl+C) a otro programa antes de cerrar.</source>
      <translation>Não foi possível salvar {0} de {1}:

{2}

Também não foi possível copiá-lo para um arquivo em {3} ({4}).
O texto continua na tela: selecione-o e copie-o (Ctrl+A, Ctrl+C) para outro programa antes de fechar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>No se registraron miembros presentes.</source>
      <translation>Não foram registrados membros presentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>No votó</source>
      <translation>Não votou</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>No: {0}</source>
      <translation>Não: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Nombre</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Nombre, sigla y tipo. Podrá cambiarlos más adelante en Archivo › Datos de la asociación.</source>
      <translation>Nome, sigla e tipo. Você poderá alterá-los mais tarde em Arquivo › Dados da associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Nombre:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Nominal</source>
      <translation>Nominal</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Norma</source>
      <translation>Norma</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos dirigimos a ustedes, en nombre de {0}, para informarles que según nuestros registros al {1} se encuentran pendientes de pago las cuotas que se detallan a continuación, cuyo atraso es ya considerable.</source>
      <translation>Vimos, em nome de {0}, informar que, segundo nossos registros em {1}, encontram-se pendentes de pagamento as contribuições detalhadas a seguir, cujo atraso já é considerável.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos dirigimos a ustedes, en nombre de {0}, para informarles que, según nuestros registros al {1}, se encuentran pendientes de pago las cuotas que se detallan a continuación.</source>
      <translation>Vimos, em nome de {0}, informar que, segundo nossos registros em {1}, encontram-se pendentes de pagamento as contribuições detalhadas a seguir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos dirigimos a ustedes, en nombre de {0}, para recordarles cordialmente que, según nuestros registros al {1}, se encuentran pendientes de pago las cuotas que se detallan a continuación.</source>
      <translation>Vimos, em nome de {0}, lembrar cordialmente que, segundo nossos registros em {1}, encontram-se pendentes de pagamento as contribuições detalhadas a seguir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos dirigimos a ustedes{0} en nombre de {1}, para informarles que, según nuestros registros al {2}, {3} {4}; a continuación se detallan los cargos pendientes.</source>
      <translation>Vimos{0} em nome de {1}, informar que, segundo nossos registros em {2}, {3} {4}; a seguir, detalham-se os lançamentos pendentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos dirigimos a ustedes{0} en nombre de {1}, para recordarles que, según nuestros registros al {2}, se encuentran pendientes de pago las cuotas que se detallan a continuación.</source>
      <translation>Vimos{0} em nome de {1}, lembrar que, segundo nossos registros em {2}, encontram-se pendentes de pagamento as contribuições detalhadas a seguir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos dirigimos a ustedes{0} para informarles que según nuestros registros al {1} se encuentran pendientes de pago las cuotas que se detallan a continuación, cuyo atraso es ya considerable.</source>
      <translation>Vimos{0} informar que, segundo nossos registros em {1}, encontram-se pendentes de pagamento as contribuições detalhadas a seguir, cujo atraso já é considerável.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos dirigimos a ustedes{0} para informarles que, según nuestros registros al {1}, se encuentran pendientes de pago las cuotas que se detallan a continuación.</source>
      <translation>Vimos{0} informar que, segundo nossos registros em {1}, encontram-se pendentes de pagamento as contribuições detalhadas a seguir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos vemos en la obligación de recordarles que los estatutos de la Asociación{0} prevén la suspensión del derecho a voto en los órganos de la Asociación de los miembros que adeuden {1}. Es nuestro deseo que {2} conserve plenamente su participación en las decisiones de nuestra red.</source>
      <translation>Vemo-nos na obrigação de lembrar que o estatuto da Associação{0} prevê a suspensão do direito a voto nos órgãos da Associação dos membros que devam {1}. É nosso desejo que {2} mantenha plenamente sua participação nas decisões da nossa rede.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nos vemos en la obligación de recordarles que los estatutos de la Asociación{0} prevén que la falta de pago de las cuotas pueda dar lugar a la suspensión del derecho a voto en los órganos de la Asociación. Es nuestro deseo que {1} conserve plenamente su participación en las decisiones de nuestra red.</source>
      <translation>Vemo-nos na obrigação de lembrar que o estatuto da Associação{0} prevê que a falta de pagamento das contribuições possa acarretar a suspensão do direito a voto nos órgãos da Associação. É nosso desejo que {1} mantenha plenamente sua participação nas decisões da nossa rede.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Nuevo aviso de cuotas pendientes</source>
      <translation>Novo aviso de contribuições pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Nuevos</source>
      <translation>Novos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Nulos</source>
      <translation>Nulos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>Nº</source>
      <translation>Nº</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Nº {0}</source>
      <translation>N.º {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Objetivos</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Observador</source>
      <translation>Observador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Ocurrió un error inesperado; los detalles quedaron en {0}.</source>
      <translation>Ocorreu um erro inesperado; os detalhes foram registrados em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Oficio</source>
      <translation>Ofício</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Orden de sucesión</source>
      <translation>Ordem de sucessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Orden del día</source>
      <translation>Ordem do dia</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Ordinaria</source>
      <translation>Ordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Ordinaria (regla general)</source>
      <translation>Ordinária (regra geral)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Organigrama</source>
      <translation>Organograma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Otra ventana o programa está guardando en la base: esperando a que termine…</source>
      <translation>Outra janela ou programa está salvando no banco de dados: aguardando a conclusão…</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Otro</source>
      <translation>Outro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Otro país (nombre o código ISO)</source>
      <translation>Outro país (nome ou código ISO)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Otro programa cambió estos datos</source>
      <translation>Outro programa alterou estes dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Otros {0} cargos más recientes</source>
      <translation>Outros {0} lançamentos mais recentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Otros {0} conceptos (detalle en el estado de cuenta)</source>
      <translation>Outros {0} itens (detalhes no extrato de conta)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Otros órganos</source>
      <translation>Outros órgãos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>PDF firmado guardado en {0}.</source>
      <translation>PDF assinado salvo em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PDF/A</source>
      <translation>PDF/A</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Padrón</source>
      <translation>Cadastro</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>Padrón de cuotas {0}</source>
      <translation>Relação de contribuições {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>Padrón de miembros</source>
      <translation>Cadastro de membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Padrón de miembros — {0}</source>
      <translation>Cadastro de membros — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Pagado</source>
      <translation>Pago</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Pagados</source>
      <translation>Pagos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Pago, recibo {0}</source>
      <translation>Pagamento, recibo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pagos</source>
      <translation>Pagamentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Papel de cada miembro en las unidades temáticas al {0}.</source>
      <translation>Papel de cada membro nas unidades temáticas em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Papel de los documentos:</source>
      <translation>Papel dos documentos:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Participación</source>
      <translation>Participação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Participación en las unidades temáticas al {0}</source>
      <translation>Participação nas unidades temáticas em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Participantes</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>País asociado</source>
      <translation>País associado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>País no reconocido: escriba su nombre o el código de dos letras.</source>
      <translation>País não reconhecido: digite o nome ou o código de duas letras.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>País pleno</source>
      <translation>País pleno</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Países de la asociación</source>
      <translation>Países da associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Países miembros</source>
      <translation>Países membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>Pendiente</source>
      <translation>Pendente</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Persona</source>
      <translation>Pessoa</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Plan de trabajo</source>
      <translation>Plano de trabalho</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Poblaciones</source>
      <translation>Populações</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Población total</source>
      <translation>População total</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Poder a</source>
      <translation>Procuração para</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Por ello, les solicitamos que regularicen la deuda a la mayor brevedad posible o que se comuniquen sin demora con la Secretaría Ejecutiva para acordar un plan de pago.</source>
      <translation>Por isso, solicitamos que regularizem a dívida com a maior brevidade possível ou que entrem em contato sem demora com a Secretaria Executiva para acordar um plano de pagamento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0} a las {1} horas en modalidad virtual, por el enlace indicado, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, às {1} horas, em modalidade virtual, pelo link indicado, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0} a las {1} horas en {2}, con participación virtual por el enlace indicado, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, às {1} horas, em {2}, com participação virtual pelo link indicado, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0} a las {1} horas en {2}, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, às {1} horas, em {2}, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0} a las {1} horas, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, às {1} horas, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0} en modalidad virtual, por el enlace indicado, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, em modalidade virtual, pelo link indicado, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0} en {1}, con participación virtual por el enlace indicado, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, em {1}, com participação virtual pelo link indicado, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0} en {1}, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, em {1}, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará el {0}, para tratar el siguiente orden del día.</source>
      <translation>Pela presente, convocam-se os integrantes do órgão para a sessão que será realizada no dia {0}, para tratar da seguinte ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Preparando…</source>
      <translation>Preparando…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Presente</source>
      <translation>Presente</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Preside</source>
      <translation>Presidência</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Presidencia</source>
      <translation>Presidência</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Presidenta</source>
      <translation>Presidenta</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Presidente</source>
      <translation>Presidente</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Prevista</source>
      <translation>Prevista</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Primer año</source>
      <translation>Primeiro ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Programa empaquetado (instalado).</source>
      <translation>Programa empacotado (instalado).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Prorrateo por meses</source>
      <translation>Proporcional aos meses</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Punto</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PySide6</source>
      <translation>PySide6</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PySide6 (Qt para Python)</source>
      <translation>PySide6 (Qt para Python)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PySide6-Essentials</source>
      <translation>PySide6-Essentials</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Página</source>
      <translation>Página</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/escritura.py" />
      <location filename="../../escritorio/documentos/pdf/base.py" />
      <source>Página {0} de {1}</source>
      <translation>Página {0} de {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>QtAwesome</source>
      <translation>QtAwesome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>QtAwesome (The Spyder development team)</source>
      <translation>QtAwesome (The Spyder development team)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Queda registrado: {0}

La {1} cerrada no se puede repetir ni corregir.</source>
      <translation>Fica registrado: {0}

A {1} encerrada não pode ser repetida nem corrigida.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Quitado</source>
      <translation>Removido</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Quórum: {0}.</source>
      <translation>Quórum: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Quórum: {0}; {1}.</source>
      <translation>Quórum: {0}; {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>RECIBO</source>
      <translation>RECIBO</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>RECIBO ANULADO el {0}. Este comprobante no acredita ningún pago.</source>
      <translation>RECIBO ANULADO em {0}. Este comprovante não vale como prova de pagamento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>RECIBO ANULADO. Este comprobante no acredita ningún pago.</source>
      <translation>RECIBO ANULADO. Este comprovante não vale como prova de pagamento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Realizada</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Recargar</source>
      <translation>Recarregar</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Rechazada: {0}; mayoría simple: {1}.</source>
      <translation>Rejeitada: {0}; maioria simples: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Rechazada: {0}; no hay mayoría que alcanzar: la base ({1}) es cero ({2}).</source>
      <translation>Rejeitada: {0}; não há maioria a alcançar: a base ({1}) é zero ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Rechazada: {0}; {1} ({2}).</source>
      <translation>Rejeitada: {0}; {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Recibimos de</source>
      <translation>Recebemos de</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Recibo Nº {0}</source>
      <translation>Recibo N.º {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Recibos</source>
      <translation>Recibos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Recomendación</source>
      <translation>Recomendação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Recordatorio de cuotas pendientes</source>
      <translation>Lembrete de contribuições pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/primer_uso.py" />
      <source>Red de ejemplo</source>
      <translation>Rede de exemplo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Reemplazar archivo</source>
      <translation>Substituir arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Ref.: {0}</source>
      <translation>Ref.: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Referencia</source>
      <translation>Referência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Reforma del estatuto</source>
      <translation>Reforma do estatuto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Reforma del reglamento</source>
      <translation>Reforma do regimento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reformas</source>
      <translation>Reformas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Reformas incorporadas</source>
      <translation>Reformas incorporadas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/base.py" />
      <source>Registro de {0}: sello {1}, huella SHA-256 {2}</source>
      <translation>Registro do {0}: selo {1}, hash SHA-256 {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/base.py" />
      <source>Registro: sello {0} · huella {1}</source>
      <translation>Registro: selo {0} · hash {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Región</source>
      <translation>Região</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Reglamento</source>
      <translation>Regimento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reglas de composición</source>
      <translation>Regras de composição</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reglas de sesión</source>
      <translation>Regras de sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Regularizada la deuda vencida, {0} recupera su derecho a voto. Les solicitamos que regularicen la situación a la mayor brevedad o que se comuniquen con la Secretaría Ejecutiva para acordar un plan de pago.</source>
      <translation>Regularizada a dívida vencida, {0} recupera seu direito a voto. Solicitamos que regularizem a situação com a maior brevidade possível ou que entrem em contato com a Secretaria Executiva para acordar um plano de pagamento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Reimpresión n.º {0} del recibo original; el mismo pago, con el mismo código de verificación.</source>
      <translation>Reimpressão n.º {0} do recibo original; o mesmo pagamento, com o mesmo código de verificação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>ReportLab</source>
      <translation>ReportLab</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Representación — {0}</source>
      <translation>Representação — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Representante</source>
      <translation>Representante</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Resoluciones</source>
      <translation>Resoluções</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Resoluciones adoptadas ({0})</source>
      <translation>Resoluções adotadas ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Resolución</source>
      <translation>Resolução</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo creado</source>
      <translation>Backup criado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo de Escritorio (*.db)</source>
      <translation>Backup do Escritorio (*.db)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Respaldo de apertura</source>
      <translation>Backup de abertura</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo guardado en:
{0}</source>
      <translation>Backup salvo em:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo restaurado</source>
      <translation>Backup restaurado</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Responsable</source>
      <translation>Responsável</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar respaldo</source>
      <translation>Restaurar backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Resultado</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Resultó electa la candidatura de {0}, con {1}; {2} ({3}). {4}</source>
      <translation>Foi eleita a candidatura de {0}, com {1}; {2} ({3}). {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Resumen</source>
      <translation>Resumo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>Resumen de cobranza {0}</source>
      <translation>Resumo da arrecadação {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Resumen por país</source>
      <translation>Resumo por país</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Retirado</source>
      <translation>Retirado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>SIL Open Font License 1.1</source>
      <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>SOLO LECTURA — {0} No se puede guardar ningún cambio.</source>
      <translation>SOMENTE LEITURA — {0} Nenhuma alteração pode ser salva.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Saldo</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Saldo a favor del miembro</source>
      <translation>Saldo a favor do membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Saldo al {0}: {1} ({2})</source>
      <translation>Saldo em {0}: {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se convoca con al menos 1 día de anticipación{0}.</source>
      <translation>A convocação é feita com pelo menos 1 dia de antecedência{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se convoca con al menos {0} días de anticipación{1}.</source>
      <translation>A convocação é feita com pelo menos {0} dias de antecedência{1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Se reemplazará la base
{0}{1}
por el respaldo
{2}{3}.

Antes se guardará una copia de la base actual en la carpeta «respaldos».</source>
      <translation>O banco de dados
{0}{1}
será substituído pelo backup
{2}{3}.

Antes, uma cópia do banco de dados atual será guardada na pasta “respaldos”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Se restauró el respaldo {0}.
El archivo dañado quedó guardado como:
{1}</source>
      <translation>O backup {0} foi restaurado.
O arquivo danificado foi guardado como:
{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Se votó con otra mayoría. Motivo:</source>
      <translation>A votação adotou outra maioria. Motivo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Secreta</source>
      <translation>Secreta</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Secretaria</source>
      <translation>Secretária</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Secretario</source>
      <translation>Secretário</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Secretario Ejecutivo</source>
      <translation>Secretário Executivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Secretario de Finanzas</source>
      <translation>Secretário de Finanças</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Secretario de Programación</source>
      <translation>Secretário de Programação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Secretaría</source>
      <translation>Secretaria</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Secretaría Ejecutiva</source>
      <translation>Secretaria Executiva</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Secretaría Técnica</source>
      <translation>Secretaria Técnica</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Secretarías ejecutivas</source>
      <translation>Secretarias executivas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Secretarías técnicas</source>
      <translation>Secretarias técnicas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Segunda vuelta: {0}</source>
      <translation>Segundo turno: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Segundo aviso de cuotas pendientes</source>
      <translation>Segundo aviso de contribuições pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Según el sistema ({0})</source>
      <translation>Padrão do sistema ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Sentido</source>
      <translation>Voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Sesiones</source>
      <translation>Sessões</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Sesión</source>
      <translation>Sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Sesión celebrada</source>
      <translation>Sessão realizada</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Si el pago ya hubiera sido realizado, les agradeceremos que nos hagan llegar el comprobante para registrarlo y que desestimen el presente aviso.</source>
      <translation>Caso o pagamento já tenha sido efetuado, agradecemos o envio do comprovante para o devido registro e solicitamos que desconsiderem este aviso.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Sigla:</source>
      <translation>Sigla:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Sin cambios</source>
      <translation>Sem alterações</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Sin candidaturas.</source>
      <translation>Sem candidaturas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Sin conexión: no se usa ningún servidor. Cada firma nueva se agrega sobre la anterior.</source>
      <translation>Sem conexão: nenhum servidor é usado. Cada nova assinatura é acrescentada sobre a anterior.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>Sin datos</source>
      <translation>Sem dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Sin deliberaciones registradas.</source>
      <translation>Sem deliberações registradas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Sin integrantes al {0}.</source>
      <translation>Sem integrantes em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Sin integrantes registrados</source>
      <translation>Nenhum integrante registrado</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Sin movimientos registrados.</source>
      <translation>Nenhum movimento registrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Sin objetivos registrados.</source>
      <translation>Nenhum objetivo registrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Sin otro particular, les saludamos con nuestra consideración más distinguida.</source>
      <translation>Sem mais para o momento, apresentamos nossos protestos de elevada estima e consideração.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Sin otro particular, les saludamos muy atentamente.</source>
      <translation>Sem mais para o momento, subscrevemo-nos atenciosamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sin voto</source>
      <translation>Sem voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Situación</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Situación al {0}</source>
      <translation>Situação em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Sobrescribir</source>
      <translation>Sobrescrever</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Solicitud propia</source>
      <translation>Solicitação própria</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Solo lectura</source>
      <translation>Somente leitura</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Subcoordinador</source>
      <translation>Subcoordenador</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>Subtotal {0}: {1}</source>
      <translation>Subtotal {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Suplente</source>
      <translation>Suplente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Suspendida</source>
      <translation>Suspensa</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Suspendido</source>
      <translation>Suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Sí</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Tampoco se pudo abrir la carpeta. El archivo está en:
{0}</source>
      <translation>Também não foi possível abrir a pasta. O arquivo está em:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Teléfono</source>
      <translation>Telefone</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Tesorero</source>
      <translation>Tesoureiro</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Tesorería</source>
      <translation>Tesouraria</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Texto</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Texto ordenado con las reformas vigentes a esa fecha: {0} artículo</source>
      <translation>Texto consolidado com as reformas vigentes nessa data: {0} artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Texto ordenado con las reformas vigentes a esa fecha: {0} artículos</source>
      <translation>Texto consolidado com as reformas vigentes nessa data: {0} artigos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Texto según reforma vigente desde {0}</source>
      <translation>Texto conforme a reforma vigente desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Texto según reforma vigente desde {0} ({1})</source>
      <translation>Texto conforme a reforma vigente desde {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Texto vigente al {0}</source>
      <translation>Texto vigente em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Tipo</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Tipo de cambio</source>
      <translation>Taxa de câmbio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Titular</source>
      <translation>Titular</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Todavía no hay firmas digitales.</source>
      <translation>Ainda não há assinaturas digitais.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Todos los cargos</source>
      <translation>Todos os lançamentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Total adeudado</source>
      <translation>Total devido</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Total al {0}</source>
      <translation>Total em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>Total en {0}</source>
      <translation>Total em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Total {0}</source>
      <translation>Total {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Total {0}: {1} cuota</source>
      <translation>Total {0}: {1} contribuição</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Total {0}: {1} cuotas</source>
      <translation>Total {0}: {1} contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>Total: {0}</source>
      <translation>Total: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Tramo</source>
      <translation>Faixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Tramos de las escalas</source>
      <translation>Faixas das tabelas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Transferencia</source>
      <translation>Transferência</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Tres cuartos</source>
      <translation>Três quartos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>Título</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Un archivo con los certificados raíz de su autoridad certificante (.pem, .crt, .cer): con él se valida la confianza, sin conexión.</source>
      <translation>Um arquivo com os certificados raiz da sua autoridade certificadora (.pem, .crt, .cer): com ele a confiança é validada, sem conexão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Unidad temática</source>
      <translation>Unidade temática</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <source>Unidades</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Unidades temáticas</source>
      <translation>Unidades temáticas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Vencido al {0}: {1}</source>
      <translation>Vencido em {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Vencimiento</source>
      <translation>Vencimento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Verificar las firmas de un PDF</source>
      <translation>Verificar as assinaturas de um PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Verificar otro PDF…</source>
      <translation>Verificar outro PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/verificacion.py" />
      <source>Verifíquelo contra el registro: «escritorio documento verificar» o «Verificar un documento…».</source>
      <translation>Verifique-o no registro: “escritorio documento verificar” ou “Verificar um documento…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Vicepresidente</source>
      <translation>Vice-presidente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Vigente</source>
      <translation>Vigente</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Vigente desde</source>
      <translation>Vigente desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Virtual — {0}</source>
      <translation>Virtual — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votaciones</source>
      <translation>Votações</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Votación</source>
      <translation>Votação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Votación {0}. Elección de {1}. {2}</source>
      <translation>Votação {0}. Eleição de {1}. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Votación {0}. {1}</source>
      <translation>Votação {0}. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Voto</source>
      <translation>Voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Voto suspendido por cuotas impagas</source>
      <translation>Voto suspenso por contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Votos</source>
      <translation>Votos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votos de elecciones</source>
      <translation>Votos de eleições</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votos nominales</source>
      <translation>Votos nominais</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Votos: {0}; {1}.</source>
      <translation>Votos: {0}; {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Ya existe
{0}{1}

¿Reemplazarlo por un respaldo nuevo? Solo se reemplaza si es un respaldo anterior de esta misma base; cualquier otro archivo queda intacto.</source>
      <translation>Já existe
{0}{1}

Substituí-lo por um novo backup? Só será substituído se for um backup anterior deste mesmo banco de dados; qualquer outro arquivo permanece intacto.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Ya existe «{0}» en esa carpeta. ¿Reemplazarlo?</source>
      <translation>Já existe “{0}” nessa pasta. Substituí-lo?</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>a favor</source>
      <translation>a favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>adeuda cuotas vencidas</source>
      <translation>deve contribuições vencidas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>adeuda {0} cuota anual vencida</source>
      <translation>deve {0} contribuição anual vencida</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>adeuda {0} cuotas anuales vencidas</source>
      <translation>deve {0} contribuições anuais vencidas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>agregado</source>
      <translation>agregado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>alianza</source>
      <translation>aliança</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>alta en el padrón</source>
      <translation>inclusão no cadastro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>artículo</source>
      <translation>artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>asociación nacional</source>
      <translation>associação nacional</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>asociado</source>
      <translation>associado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>año sin indicar</source>
      <translation>ano não informado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>año {0}</source>
      <translation>ano {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>babel</source>
      <translation>babel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/formularios.py" />
      <source>baja</source>
      <translation>desligado</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>borrador</source>
      <translation>rascunho</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>cambiado</source>
      <translation>cambiado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>cambio de estado</source>
      <translation>mudança de situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>ciudades, regiones y población de la red de ejemplo</source>
      <translation>cidades, regiões e população da rede de exemplo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>con voto</source>
      <translation>com voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>con «Autoridades de confianza…»</source>
      <translation>com “Autoridades confiáveis…”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>con_saldo</source>
      <translation>con_saldo</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>corresponde una nueva votación</source>
      <translation>cabe uma nova votação</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>corresponde una segunda vuelta entre {0}</source>
      <translation>cabe um segundo turno entre {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>cuotas impagas</source>
      <translation>contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>de la {0}</source>
      <translation>da {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los miembros con derecho a voto</source>
      <translation>dos membros com direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los miembros presentes con derecho a voto</source>
      <translation>dos membros presentes com direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los votos emitidos</source>
      <translation>dos votos emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>de {0}</source>
      <translation>de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>del {0}</source>
      <translation>do {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>depende de: {0}</source>
      <translation>depende de: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>desde el {0}</source>
      <translation>desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>desde {0}</source>
      <translation>desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>deudor</source>
      <translation>devedor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>dibuja los íconos de la ventana</source>
      <translation>desenha os ícones da interface</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>dos tercios</source>
      <translation>dois terços</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>dos tercios de {0}</source>
      <translation>dois terços de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>el archivo .p12 o .pfx de quien firma</source>
      <translation>o arquivo .p12 ou .pfx de quem assina</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el general (arriba)</source>
      <translation>o geral (acima)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>el miembro</source>
      <translation>o membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el ordinario</source>
      <translation>o ordinário</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>el texto de los PDF (HarfBuzz)</source>
      <translation>o texto dos PDFs (HarfBuzz)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>el {0}</source>
      <translation>o {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>federación</source>
      <translation>federação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>hasta {0}</source>
      <translation>até {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>importes en letras</source>
      <translation>valores por extenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>integrante</source>
      <translation>integrante</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>integrantes</source>
      <translation>integrantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la base de datos</source>
      <translation>o banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la carpeta de datos</source>
      <translation>a pasta de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>la del certificado (no se guarda)</source>
      <translation>a do certificado (não é salva)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la firma digital</source>
      <translation>a assinatura digital</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la letra de los PDF</source>
      <translation>a fonte dos PDFs</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad</source>
      <translation>a metade</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad más uno</source>
      <translation>a metade mais um</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la ordinaria</source>
      <translation>a ordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la ventana</source>
      <translation>a interface</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>la {0}</source>
      <translation>a {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los PDF</source>
      <translation>os PDFs</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>los miembros con derecho a voto</source>
      <translation>os membros com direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los íconos</source>
      <translation>os ícones</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los íconos de la navegación y los botones</source>
      <translation>os ícones da navegação e dos botões</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>mayoría: {0}</source>
      <translation>maioria: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>miembro con derecho a voto</source>
      <translation>membro com direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>miembro presente</source>
      <translation>membro presente</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>miembros con derecho a voto</source>
      <translation>membros com direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>miembros presentes</source>
      <translation>membros presentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>modalidad virtual</source>
      <translation>modalidade virtual</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>modificada después de firmar</source>
      <translation>modificada após a assinatura</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>más de la mitad de {0}</source>
      <translation>mais da metade de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>más votos a favor que en contra, sin contar las abstenciones</source>
      <translation>mais votos a favor do que contra, sem contar as abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>más votos que cualquier otra candidatura</source>
      <translation>mais votos que qualquer outra candidatura</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>no se pudo validar contra una autoridad de confianza</source>
      <translation>não pôde ser validada por uma autoridade confiável</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>no votó</source>
      <translation>não votou</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>nombres de países y fechas</source>
      <translation>nomes de países e datas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>nueva cifra de población</source>
      <translation>novo número de população</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>num2words</source>
      <translation>num2words</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>observador</source>
      <translation>observador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>openpyxl</source>
      <translation>openpyxl</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>pagados</source>
      <translation>pagados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pikepdf</source>
      <translation>pikepdf</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>planillas de Excel</source>
      <translation>planilhas do Excel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>platformdirs</source>
      <translation>platformdirs</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>pleno</source>
      <translation>pleno</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>por defecto, «Firma de la resolución…»</source>
      <translation>por padrão, “Assinatura da resolução…”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>por defecto, «Firma del acta…»</source>
      <translation>por padrão, “Assinatura da ata…”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>por ejemplo, Montevideo</source>
      <translation>por exemplo, Montevidéu</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pyHanko</source>
      <translation>pyHanko</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pyhanko</source>
      <translation>pyhanko</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pypdf</source>
      <translation>pypdf</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>qtawesome</source>
      <translation>qtawesome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>quitado</source>
      <translation>quitado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>red representativa</source>
      <translation>rede representativa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>red temática</source>
      <translation>rede temática</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>reportlab</source>
      <translation>reportlab</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>retirado</source>
      <translation>retirado</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>se requería {0}</source>
      <translation>era necessário {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>se requerían {0}</source>
      <translation>eram necessários {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>sesión extraordinaria</source>
      <translation>sessão extraordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>sesión ordinaria</source>
      <translation>sessão ordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>sin candidaturas</source>
      <translation>sem candidaturas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>sin deuda</source>
      <translation>sem dívida</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>sin extensión</source>
      <translation>sem extensão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>sin fecha</source>
      <translation>sem data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>sin voto</source>
      <translation>sem voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>sqlite-utils</source>
      <translation>sqlite-utils</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>sqlite_utils</source>
      <translation>sqlite_utils</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>suspendido</source>
      <translation>suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>todos</source>
      <translation>todos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>todos los integrantes</source>
      <translation>todos os integrantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>tres cuartos</source>
      <translation>três quartos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>tres cuartos de {0}</source>
      <translation>três quartos de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>uharfbuzz</source>
      <translation>uharfbuzz</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>un tercio</source>
      <translation>um terço</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>validada contra una autoridad de confianza</source>
      <translation>validada por uma autoridade confiável</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>verificar documentos</source>
      <translation>verificar documentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>viaja con QtAwesome, como sus otras fuentes de íconos</source>
      <translation>acompanha o QtAwesome, como suas outras fontes de ícones</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto emitido</source>
      <translation>voto emitido</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos emitidos</source>
      <translation>votos emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>y {0} más</source>
      <translation>e mais {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>ya hay demasiados archivos con ese nombre</source>
      <translation>já há arquivos demais com esse nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>{0}

Escritorio puede apartar el archivo dañado (se guarda con la fecha de hoy, no se borra) y restaurar el respaldo sano más reciente de esta base:
{1}{2}

¿Desea hacerlo?</source>
      <translation>{0}

O Escritorio pode separar o arquivo danificado (ele é guardado com a data de hoje, não é apagado) e restaurar o backup íntegro mais recente deste banco de dados:
{1}{2}

Deseja fazer isso?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>{0}

No hay un respaldo sano de esta base en la carpeta «respaldos» ({1}). La base dañada no se tocó. Si tiene un respaldo en otro lugar, ábralo o restáurelo desde Archivo &gt; Restaurar respaldo.</source>
      <translation>{0}

Não há um backup íntegro deste banco de dados na pasta “respaldos” ({1}). O banco de dados danificado não foi alterado. Se você tiver um backup em outro lugar, abra-o ou restaure-o em Arquivo &gt; Restaurar backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/base.py" />
      <location filename="../../escritorio/documentos/pdf/columnas.py" />
      <source>{0} (continuación)</source>
      <translation>{0} (continuação)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>{0} a favor</source>
      <translation>{0} a favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} a favor, {1} en contra, {2} abstenciones</source>
      <translation>{0} a favor, {1} contra, {2} abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} a favor, {1} en contra, {2} abstención</source>
      <translation>{0} a favor, {1} contra, {2} abstenção</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>{0} a {1} hab.</source>
      <translation>{0} a {1} hab.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} abstenciones</source>
      <translation>{0} abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} abstención</source>
      <translation>{0} abstenção</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} actividad: {1}.</source>
      <translation>{0} atividade: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} actividades: {1}.</source>
      <translation>{0} atividades: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} al {1}</source>
      <translation>{0} em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} al {1} ({2})</source>
      <translation>{0} em {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} cancelada</source>
      <translation>{0} cancelada</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} canceladas</source>
      <translation>{0} canceladas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} ciudad integrante</source>
      <translation>{0} cidade integrante</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} ciudades integrantes</source>
      <translation>{0} cidades integrantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} con voto</source>
      <translation>{0} com voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} con voto; voto suspendido: {1}</source>
      <translation>{0} com voto; voto suspenso: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>{0} cuotas anuales impagas suspenden el voto</source>
      <translation>{0} contribuições anuais não pagas suspendem o voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0} de los integrantes</source>
      <translation>{0} dos integrantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0} de los miembros con derecho a voto</source>
      <translation>{0} dos membros com direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmantes.py" />
      <source>{0} de {1}</source>
      <translation>{0} de {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} días</source>
      <translation>{0} dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} en blanco</source>
      <translation>{0} em branco</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} en curso</source>
      <translation>{0} em andamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} en cursos</source>
      <translation>{0} em andamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>{0} hab.</source>
      <translation>{0} hab.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>{0} hab. o más</source>
      <translation>{0} hab. ou mais</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>{0} habitantes</source>
      <translation>{0} habitantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>{0} horas</source>
      <translation>{0} horas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>{0} miembro</source>
      <translation>{0} membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembro activo</source>
      <translation>{0} membro ativo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembro activo y {1} suspendido (sin voto)</source>
      <translation>{0} membro ativo e {1} suspenso (sem voto)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembro activo y {1} suspendidos (sin voto)</source>
      <translation>{0} membro ativo e {1} suspensos (sem voto)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} miembro suspendido</source>
      <translation>{0} membro suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>{0} miembro · {1} habitantes</source>
      <translation>{0} membro · {1} habitantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>{0} miembros</source>
      <translation>{0} membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembros activos</source>
      <translation>{0} membros ativos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembros activos y {1} suspendido (sin voto)</source>
      <translation>{0} membros ativos e {1} suspenso (sem voto)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembros activos y {1} suspendidos (sin voto)</source>
      <translation>{0} membros ativos e {1} suspensos (sem voto)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>{0} miembros dados de baja no se cuentan</source>
      <translation>{0} membros desligados não são contados</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} miembros suspendidos</source>
      <translation>{0} membros suspensos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>{0} miembros · {1} habitantes</source>
      <translation>{0} membros · {1} habitantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} nulo</source>
      <translation>{0} nulo</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} nulos</source>
      <translation>{0} nulos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>{0} o más cuota anual</source>
      <translation>{0} ou mais contribuições anuais</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>{0} o más cuotas anuales</source>
      <translation>{0} ou mais contribuições anuais</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} por cuotas impagas</source>
      <translation>{0} por contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} por su cargo en otro órgano</source>
      <translation>{0} pelo cargo em outro órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} prevista</source>
      <translation>{0} prevista</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} previstas</source>
      <translation>{0} previstas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} realizada</source>
      <translation>{0} realizada</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} realizadas</source>
      <translation>{0} realizadas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} sesión extraordinaria — {1}</source>
      <translation>{0} sessão extraordinária — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} sesión ordinaria — {1}</source>
      <translation>{0} sessão ordinária — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>{0} sesión {1}</source>
      <translation>{0} sessão {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} sin estado</source>
      <translation>{0} sem situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>{0} sin estados</source>
      <translation>{0} sem situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>{0} suspendido</source>
      <translation>{0} suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>{0} suspendidos</source>
      <translation>{0} suspensos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} tramos: de {1} a {2}</source>
      <translation>{0} faixas: de {1} a {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} voto</source>
      <translation>{0} voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>{0} votos</source>
      <translation>{0} votos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>{0} y</source>
      <translation>{0} e</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0} y {1}</source>
      <translation>{0} e {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} · de oficio ({1})</source>
      <translation>{0} · membro nato ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <source>{0} · fundador</source>
      <translation>{0} · fundador</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>{0} · movimientos hasta el {1}</source>
      <translation>{0} · movimentos até {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>{0} · {1}: {2}</source>
      <translation>{0} · {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>{0} — ANULADO</source>
      <translation>{0} — ANULADO</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0} — ANULADO: {1}</source>
      <translation>{0} — ANULADO: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>{0} — huella SHA-256: {1}</source>
      <translation>{0} — hash SHA-256: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0} — sin voto: {1}</source>
      <translation>{0} — sem voto: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>{0} — texto vigente al {1}</source>
      <translation>{0} — texto vigente em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>{0} — {1}</source>
      <translation>{0} — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} — {1}, del {2} al {3}</source>
      <translation>{0} — {1}, de {2} a {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} — {1}, desde el {2}</source>
      <translation>{0} — {1}, a partir de {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}, por poder otorgado a {1}</source>
      <translation>{0}, por procuração outorgada a {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}, representada por {1}</source>
      <translation>{0}, representada por {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>{0}, una cuenta por moneda · movimientos hasta el {1}</source>
      <translation>{0}, uma conta por moeda · movimentos até {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0}/{1} más uno</source>
      <translation>{0}/{1} mais um</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>{0}: {1} ({2} del total)</source>
      <translation>{0}: {1} ({2} do total)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0}: {1} hasta el {2}</source>
      <translation>{0}: {1} até {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <source>{0}: {1} · facturado {2} · cobrado {3} ({4}) · pendiente {5}</source>
      <translation>{0}: {1} · faturado {2} · recebido {3} ({4}) · pendente {5}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0}: {1}, vencido hace {2} días</source>
      <translation>{0}: {1}, vencido há {2} dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0}; en segunda convocatoria, pasado 1 minuto, con los presentes</source>
      <translation>{0}; em segunda convocação, decorrido 1 minuto, com os presentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0}; en segunda convocatoria, pasados {1} minutos, con los presentes</source>
      <translation>{0}; em segunda convocação, decorridos {1} minutos, com os presentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>¿Cerrar la {0} del punto {1}. {2}?</source>
      <translation>Encerrar a {0} do item {1}. {2}?</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Índice</source>
      <translation>Índice</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Órgano</source>
      <translation>Órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Órganos</source>
      <translation>Órgãos</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Órganos e integrantes vigentes al {0}. En cada caja, los titulares y cargos principales; la composición completa de cada órgano se imprime aparte.</source>
      <translation>Órgãos e integrantes vigentes em {0}. Em cada caixa, os titulares e os cargos principais; a composição completa de cada órgão é impressa à parte.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Último año</source>
      <translation>Último ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>íconos CC BY 4.0; fuentes SIL OFL 1.1</source>
      <translation>ícones CC BY 4.0; fontes SIL OFL 1.1</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>íntegra</source>
      <translation>íntegra</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>íntegra; después se agregaron firmas</source>
      <translation>íntegra; depois foram adicionadas assinaturas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>— sin poder —</source>
      <translation>— sem procuração —</translation>
    </message>
  </context>
  <context>
    <name>IndicadorQuorum</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Cuentan los presentes con derecho a voto y los ausentes que dieron su poder a un presente. Los miembros sin voto no cuentan.</source>
      <translation>Contam os presentes com direito a voto e os ausentes que deram procuração a um presente. Os membros sem voto não contam.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — no hay quórum, falta 1</source>
      <translation>Quórum: {0} de {1} — não há quórum, falta 1</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — no hay quórum, faltan {2}</source>
      <translation>Quórum: {0} de {1} — não há quórum, faltam {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — se verifica</source>
      <translation>Quórum: {0} de {1} — quórum atingido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — segunda convocatoria, se sesiona con los presentes</source>
      <translation>Quórum: {0} de {1} — segunda convocação, a sessão ocorre com os presentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Regla: {0} Se requieren {1} de {2}.</source>
      <translation>Regra: {0} São necessários {1} de {2}.</translation>
    </message>
  </context>
  <context>
    <name>ModeloAsistencia</name>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Asiste</source>
      <translation>Comparece</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Asiste la autoridad. Doble clic para indicar un representante acreditado.</source>
      <translation>A autoridade comparece. Clique duas vezes para indicar um representante credenciado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Asistencia</source>
      <translation>Presença</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Autoridad: {0}</source>
      <translation>Autoridade: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Clic en Presente, Ausente o Excusado (o las teclas P, A, E)</source>
      <translation>Clique em Presente, Ausente ou Justificado (ou tecle P, A ou E, respectivamente)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Doble clic para elegir a qué miembro presente da su poder</source>
      <translation>Clique duas vezes para escolher a qual membro presente é dada a procuração</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>El poder no cuenta para el quórum ni para votar: quien lo recibe no está presente.</source>
      <translation>A procuração não conta para o quórum nem para votar: quem a recebe não está presente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Poder a</source>
      <translation>Procuração para</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Representante acreditado. Doble clic para cambiarlo.</source>
      <translation>Representante credenciado. Clique duas vezes para alterá-lo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sí</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sí + 1 poder</source>
      <translation>Sim + 1 procuração</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sí + {0} poderes</source>
      <translation>Sim + {0} procurações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Voto</source>
      <translation>Voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>{0} (no está presente)</source>
      <translation>{0} (não está presente)</translation>
    </message>
  </context>
  <context>
    <name>ModeloMiembros</name>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Ingreso</source>
      <translation>Adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Nombre</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Región</source>
      <translation>Região</translation>
    </message>
  </context>
  <context>
    <name>ModeloNominal</name>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sentido del voto</source>
      <translation>Sentido do voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Vota</source>
      <translation>Vota</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>en persona</source>
      <translation>pessoalmente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>por poder: {0}</source>
      <translation>por procuração: {0}</translation>
    </message>
  </context>
  <context>
    <name>PanelEleccion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Adoptar resolución…</source>
      <translation>Adotar resolução…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Agregar segunda vuelta</source>
      <translation>Adicionar segundo turno</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Cerrar elección</source>
      <translation>Encerrar eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Confirmar y designar…</source>
      <translation>Confirmar e designar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Defina el cargo que se elige</source>
      <translation>Defina o cargo em eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Definir el cargo…</source>
      <translation>Definir o cargo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Editar cargo…</source>
      <translation>Editar cargo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Indique qué cargo de qué órgano se elige y por qué período; después agregue las candidaturas y registre el recuento. Con candidatura electa, al confirmar la elección se registra su mandato en el órgano.</source>
      <translation>Indique qual cargo de qual órgão está em eleição e para qual período; depois adicione as candidaturas e registre a apuração. Havendo candidatura eleita, ao confirmar a eleição o mandato é registrado no órgão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>No se cerró la elección:</source>
      <translation>A eleição não foi encerrada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Para una elección que no designa un cargo (por ejemplo, la sede del próximo encuentro) o la ratificación de una única propuesta.</source>
      <translation>Para uma eleição que não designa um cargo (por exemplo, a sede do próximo encontro) ou a ratificação de uma proposta única.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Registra el mandato de la candidatura electa en el órgano</source>
      <translation>Registra o mandato da candidatura eleita no órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Registra el recuento, la candidatura electa y quién tenía derecho a votar; no se puede repetir</source>
      <translation>Registra a apuração, a candidatura eleita e quem tinha direito a voto; não pode ser repetido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Votar este punto por sí o por no</source>
      <translation>Votar este item por sim ou não</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>al confirmar, el mandato anterior en el cargo termina la víspera</source>
      <translation>ao confirmar, o mandato anterior no cargo termina na véspera</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>al confirmar, se registra el mandato en el órgano</source>
      <translation>ao confirmar, o mandato é registrado no órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>con derecho a voto en el órgano</source>
      <translation>com direito a voto no órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>elección</source>
      <translation>eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>sin derecho a voto</source>
      <translation>sem direito a voto</translation>
    </message>
  </context>
  <context>
    <name>PanelRotacion</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Anterior</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Calendario de períodos</source>
      <translation>Calendário de períodos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Ciudad</source>
      <translation>Cidade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Cumplida</source>
      <translation>Cumprida</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>En ejercicio</source>
      <translation>Em exercício</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Hasta</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>N.º</source>
      <translation>Nº</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>No se pudo leer el calendario.</source>
      <translation>Não foi possível ler o calendário.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Prevista</source>
      <translation>Prevista</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Secretaría Ejecutiva y Comisión Directiva (troika)</source>
      <translation>Secretaria Executiva e Comissão Diretiva (troika)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Siguiente</source>
      <translation>Seguinte</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Situación</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Traspasar la Secretaría Ejecutiva a la ciudad siguiente, con vista previa</source>
      <translation>Transmitir a Secretaria Executiva à cidade seguinte, com pré-visualização</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Traspaso…</source>
      <translation>Transmissão…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>{0} períodos registrados desde el {1}; los {2} siguientes siguen el orden de sucesión.</source>
      <translation>{0} períodos registrados desde {1}; os {2} seguintes seguem a ordem de sucessão.</translation>
    </message>
  </context>
  <context>
    <name>Pestana</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pestana.py" />
      <source>Elija una fila</source>
      <translation>Escolha uma linha</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pestana.py" />
      <source>Seleccione primero {0} en la tabla.</source>
      <translation>Selecione primeiro {0} na tabela.</translation>
    </message>
  </context>
  <context>
    <name>PestanaActa</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Acta (PDF)…</source>
      <translation>Ata (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Acta de {0}</source>
      <translation>Ata de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Adjunta el PDF escaneado con las firmas; el acta pasa a «firmada».</source>
      <translation>Anexa o PDF digitalizado com as assinaturas; a ata passa a “assinada”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Adjuntar el acta firmada</source>
      <translation>Anexar a ata assinada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Apertura:</source>
      <translation>Abertura:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Aprobada por {0} el {1}.</source>
      <translation>Aprovada por {0} em {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Aprobar con una resolución de esta sesión o de una posterior; el acta queda congelada con su huella SHA-256.</source>
      <translation>Aprovar com uma resolução desta sessão ou de uma posterior; a ata fica congelada com seu hash SHA-256.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Aprobar…</source>
      <translation>Aprovar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Asistencia y votaciones (Excel)…</source>
      <translation>Presença e votações (Excel)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Cierre:</source>
      <translation>Encerramento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Completa la apertura y el cierre vacíos con un texto de la sesión</source>
      <translation>Preenche a abertura e o encerramento vazios com um texto baseado na sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Convocatoria (PDF)…</source>
      <translation>Convocação (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Corrección</source>
      <translation>Correção</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Disponible cuando el acta esté aprobada (un borrador se corrige directamente).</source>
      <translation>Disponível quando a ata estiver aprovada (um rascunho é corrigido diretamente).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Disponible cuando el acta esté aprobada.</source>
      <translation>Disponível quando a ata estiver aprovada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Documento PDF (*.pdf)</source>
      <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Documentos</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>El PDF escaneado con las firmas ya está adjunto y no se reemplaza; un error se registra en una fe de erratas.</source>
      <translation>O PDF digitalizado com as assinaturas já está anexado e não é substituído; um erro é registrado em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>El acta aprobada no se modifica: las correcciones van en una fe de erratas.</source>
      <translation>A ata aprovada não é alterada: as correções vão em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>El acta ya está aprobada.</source>
      <translation>A ata já está aprovada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>En la ciudad de…, a … días del mes de … de …, siendo las … horas, se reúne en sesión … el …</source>
      <translation>Na cidade de…, aos … dias do mês de … de …, às … horas, reúne-se em sessão … o órgão …</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Estado del acta:</source>
      <translation>Situação da ata:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Fe de erratas</source>
      <translation>Errata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Fe de erratas…</source>
      <translation>Errata…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Fecha</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firma el acta con el certificado .p12/.pfx de quien firma (sin conexión) y muestra sus firmas.</source>
      <translation>Assina a ata com o certificado .p12/.pfx de quem assina (sem conexão) e mostra suas assinaturas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmada digitalmente por {0}.</source>
      <translation>Assinada digitalmente por {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmada.</source>
      <translation>Assinada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmada; el PDF con las firmas está guardado.</source>
      <translation>Assinada; o PDF com as assinaturas está salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmar (adjuntar PDF firmado)…</source>
      <translation>Assinar (anexar PDF assinado)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmar digitalmente…</source>
      <translation>Assinar digitalmente…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Huella SHA-256:</source>
      <translation>Hash SHA-256:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>No habiendo más asuntos que tratar, se levanta la sesión siendo las … horas.</source>
      <translation>Nada mais havendo a tratar, encerra-se a sessão às … horas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>No se pudo leer {0}: {1}</source>
      <translation>Não foi possível ler {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>PDF firmado adjunto</source>
      <translation>PDF assinado anexado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Preside:</source>
      <translation>Presidência:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Proponer textos</source>
      <translation>Sugerir textos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Se corrige libremente hasta que se apruebe en esta sesión o en una posterior.</source>
      <translation>Pode ser corrigida livremente até ser aprovada nesta sessão ou em uma posterior.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Secretaría:</source>
      <translation>Secretaria:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Sin guardar…</source>
      <translation>Não salvo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Solo lectura: el acta está aprobada; las correcciones van en una fe de erratas.</source>
      <translation>Somente leitura: a ata está aprovada; as correções vão em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Todavía no se puede aprobar:</source>
      <translation>Ainda não é possível aprovar:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Una corrección fechada que se imprime al final del acta aprobada.</source>
      <translation>Uma correção datada que é impressa no final da ata aprovada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Vista previa (PDF)…</source>
      <translation>Pré-visualização (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Vista previa del acta</source>
      <translation>Pré-visualização da ata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>el borrador del acta</source>
      <translation>o rascunho da ata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>nombre y cargo de quien actúa como secretaría</source>
      <translation>nome e cargo de quem atua como secretário(a)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>nombre y cargo de quien preside</source>
      <translation>nome e cargo de quem preside</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✓ Borrador guardado</source>
      <translation>✓ Rascunho salvo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✓ el registro coincide con la huella</source>
      <translation>✓ o registro confere com o hash</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✗ No se guardó (vea el aviso)</source>
      <translation>✗ Não foi salvo (veja o aviso)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✗ el registro ya no coincide con la huella</source>
      <translation>✗ o registro não confere mais com o hash</translation>
    </message>
  </context>
  <context>
    <name>PestanaAsistencia</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Agregar invitado…</source>
      <translation>Adicionar convidado…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Asistencia</source>
      <translation>Presença</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Ausente</source>
      <translation>Ausente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Buscar miembro, país o persona…</source>
      <translation>Buscar membro, país ou pessoa…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Calidad</source>
      <translation>Condição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Clic o teclas P, A, E: marcar · doble clic en «Asiste»: representante · en «Poder a»: poder de un ausente</source>
      <translation>Clique ou teclas P, A, E (E = justificado): marcar · clique duplo em “Comparece”: representante · em “Procuração para”: procuração de um ausente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Excusado</source>
      <translation>Justificado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Institución</source>
      <translation>Instituição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Invitados y observadores (sin voto)</source>
      <translation>Convidados e observadores (sem voto)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Marca presentes a todos los integrantes; después se desmarca a quien falte</source>
      <translation>Marca todos os integrantes como presentes; depois desmarque quem faltar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Nadie integra el órgano en la fecha de la sesión ({0}): revise los mandatos en el área Órganos.</source>
      <translation>Ninguém integra o órgão na data da sessão ({0}): revise os mandatos na área Órgãos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Nombre</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Para el quórum cuentan {0} de {1}: los presentes con voto y los poderes que recibieron.</source>
      <translation>Para o quórum contam {0} de {1}: os presentes com direito a voto e as procurações que receberam.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Presente</source>
      <translation>Presente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Todos presentes</source>
      <translation>Todos presentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Un invitado u observador asiste sin voto y no cuenta para el quórum; figura en el acta.</source>
      <translation>Um convidado ou observador participa sem voto e não conta para o quórum; consta na ata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>ausente</source>
      <translation>ausente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>ausentes</source>
      <translation>ausentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>excusado</source>
      <translation>justificado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>excusados</source>
      <translation>justificados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>integrante</source>
      <translation>integrante</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>integrantes</source>
      <translation>integrantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>poder</source>
      <translation>procuração</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>poderes</source>
      <translation>procurações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>presente</source>
      <translation>presente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>presentes</source>
      <translation>presentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>{0} sin voto</source>
      <translation>{0} sem voto</translation>
    </message>
  </context>
  <context>
    <name>PestanaAutoridades</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Agregar…</source>
      <translation>Adicionar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Asume el:</source>
      <translation>Assume em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Autoridades</source>
      <translation>Autoridades</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Cargo</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Cargo:</source>
      <translation>Cargo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Contacto guardado.</source>
      <translation>Contato salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Contacto quitado.</source>
      <translation>Contato removido.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Contactos</source>
      <translation>Contatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Correo</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Editar…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Hasta</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>La autoridad anterior termina su mandato el día antes de que asuma la nueva.</source>
      <translation>A autoridade anterior encerra seu mandato no dia anterior à posse da nova.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>No se registró la autoridad. Corrija los campos marcados:</source>
      <translation>A autoridade não foi registrada. Corrija os campos marcados:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nombre</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nueva autoridad</source>
      <translation>Nova autoridade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Persona</source>
      <translation>Pessoa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Persona:</source>
      <translation>Pessoa:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Quitar</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Quitar contacto</source>
      <translation>Remover contato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Registrar</source>
      <translation>Registrar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Rol</source>
      <translation>Função</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Teléfono</source>
      <translation>Telefone</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>nombre y apellido</source>
      <translation>nome e sobrenome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>sin registrar</source>
      <translation>sem registro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>{0} quedó registrada como autoridad.</source>
      <translation>Autoridade registrada: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>¿Quitar a «{0}» de los contactos de este miembro?</source>
      <translation>Remover “{0}” dos contatos deste membro?</translation>
    </message>
  </context>
  <context>
    <name>PestanaAvisos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source> y </source>
      <translation> e </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Atraso al:</source>
      <translation>Atraso em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Aviso</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Cargos</source>
      <translation>Lançamentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Generar avisos de cobro</source>
      <translation>Gerar avisos de cobrança</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Generar cartas (PDF)…</source>
      <translation>Gerar cartas (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Mayor atraso</source>
      <translation>Maior atraso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>No hay avisos pendientes a esta fecha.</source>
      <translation>Não há avisos pendentes nesta data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Se generarán {0} cartas de aviso en un PDF y quedarán registradas como enviadas: la próxima vista previa ya no las incluirá.

¿Continuar?</source>
      <translation>Serão geradas {0} cartas de aviso em um PDF, que ficarão registradas como enviadas: a próxima pré-visualização já não as incluirá.

Continuar?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Un aviso al llegar a {0} días de atraso. Cada carta se registra al generarla: el mismo aviso no se repite.</source>
      <translation>Um aviso ao chegar a {0} dias de atraso. Cada carta é registrada ao ser gerada: o mesmo aviso não se repete.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0} cartas · total adeudado &lt;b&gt;{1}&lt;/b&gt;</source>
      <translation>{0} cartas · total devido &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0} días</source>
      <translation>{0} dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0}.º aviso</source>
      <translation>{0}º aviso</translation>
    </message>
  </context>
  <context>
    <name>PestanaCargos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Año:</source>
      <translation>Ano:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Exportar a Excel…</source>
      <translation>Exportar para Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Exportar el padrón de cuotas</source>
      <translation>Exportar a relação de contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Importe</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>No hay cargos emitidos para {0}.</source>
      <translation>Não há lançamentos emitidos para {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Pagado</source>
      <translation>Pago</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Resumen de cobranza</source>
      <translation>Resumo da arrecadação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Resumen de cobranza (PDF)…</source>
      <translation>Resumo da arrecadação (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Saldo</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Todos los países</source>
      <translation>Todos os países</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Tramo</source>
      <translation>Faixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>{0} cargos · Facturado {1} · Cobrado {2} ({3}) · Saldo &lt;b&gt;{4}&lt;/b&gt;</source>
      <translation>{0} lançamentos · Faturado {1} · Recebido {2} ({3}) · Saldo &lt;b&gt;{4}&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>PestanaCuenta</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Al día ({0})</source>
      <translation>Em dia ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Concepto</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Debe</source>
      <translation>Débito</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Derecho a voto</source>
      <translation>Direito a voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>El miembro tiene una cuenta por moneda: elija cuál ver</source>
      <translation>O membro tem uma conta por moeda: escolha qual ver</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Estado de cuenta</source>
      <translation>Extrato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Estado de cuenta (PDF)…</source>
      <translation>Extrato (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Fecha</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Haber</source>
      <translation>Crédito</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Moneda</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Registrar pago…</source>
      <translation>Registrar pagamento…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Saldo</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Suspendido</source>
      <translation>Suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Sí</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Vencido</source>
      <translation>Vencido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>{0} a favor</source>
      <translation>{0} a favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>{0} a pagar</source>
      <translation>{0} a pagar</translation>
    </message>
  </context>
  <context>
    <name>PestanaDatos</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Asociación nacional</source>
      <translation>Associação nacional</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Autoridad:</source>
      <translation>Autoridade:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Año:</source>
      <translation>Ano:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Cambios guardados.</source>
      <translation>Alterações salvas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Contacto institucional</source>
      <translation>Contato institucional</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Correo:</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Código oficial del municipio en su país (opcional, único en la asociación)</source>
      <translation>Código oficial do município em seu país (opcional, único na associação)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Código oficial:</source>
      <translation>Código oficial:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Designación</source>
      <translation>Designação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Disponible después de guardar el nuevo miembro</source>
      <translation>Disponível depois de salvar o novo membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Elija un país…</source>
      <translation>Escolha um país…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Estado:</source>
      <translation>Situação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Fecha de ingreso:</source>
      <translation>Data de adesão:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Ficha recargada con los datos actuales; sus cambios no se guardaron.</source>
      <translation>Ficha recarregada com os dados atuais; suas alterações não foram salvas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Fuente:</source>
      <translation>Fonte:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Gobierno regional</source>
      <translation>Governo regional</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>INDEC, IBGE, INE…</source>
      <translation>INDEC, IBGE, INE…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Identificación</source>
      <translation>Identificação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Membresía</source>
      <translation>Adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Miembro creado. Ya puede completar su autoridad, contactos y estado.</source>
      <translation>Membro criado. Agora você pode completar a autoridade, os contatos e a situação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Miembro fundador</source>
      <translation>Membro fundador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Modo de ingreso:</source>
      <translation>Forma de adesão:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Municipio</source>
      <translation>Município</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>No se guardó nada. Corrija los campos marcados:</source>
      <translation>Nada foi salvo. Corrija os campos marcados:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro programa sigue en la base. Revise y guarde de nuevo si corresponde.</source>
      <translation>Nada foi salvo: suas alterações continuam na tela e o que o outro programa salvou continua no banco de dados. Revise e salve de novo se for o caso.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Nombre:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Nuevo miembro</source>
      <translation>Novo membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>País:</source>
      <translation>País:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Población:</source>
      <translation>População:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Región:</source>
      <translation>Região:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Situación actual</source>
      <translation>Situação atual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Solicitud propia</source>
      <translation>Solicitação própria</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Teléfono:</source>
      <translation>Telefone:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>aaaa</source>
      <translation>aaaa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>habitantes</source>
      <translation>habitantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>la ficha</source>
      <translation>a ficha</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>por ejemplo: Censo 2022</source>
      <translation>por exemplo: Censo 2022</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>sin fecha</source>
      <translation>sem data</translation>
    </message>
  </context>
  <context>
    <name>PestanaEmision</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source> por un total de {0}</source>
      <translation> no total de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>. La base cambió después de la vista previa (otra ventana o la línea de órdenes): se emitió lo que correspondía al confirmar</source>
      <translation>. O banco de dados mudou depois da pré-visualização (outra janela ou a linha de comando): foi emitido o que cabia no momento da confirmação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>&lt;b&gt;{0} {1}:&lt;/b&gt; no hay cargos nuevos que emitir · {2} ya emitidos</source>
      <translation>&lt;b&gt;{0} {1}:&lt;/b&gt; não há novos lançamentos a emitir · {2} já emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>&lt;b&gt;{0} {1}:&lt;/b&gt; {2} cargos nuevos por &lt;b&gt;{3}&lt;/b&gt; · {4} ya emitidos</source>
      <translation>&lt;b&gt;{0} {1}:&lt;/b&gt; {2} novos lançamentos no valor de &lt;b&gt;{3}&lt;/b&gt; · {4} já emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Año:</source>
      <translation>Ano:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Bruto {0}, descuento {1}</source>
      <translation>Bruto {0}, desconto {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Cargo:</source>
      <translation>Lançamento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Cargos ya emitidos cuyo importe hoy sería otro (no se modifican)</source>
      <translation>Lançamentos já emitidos cujo valor hoje seria outro (não são alterados)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Detalle</source>
      <translation>Detalhe</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Elija el año y el tipo de cargo y pulse «Vista previa»: verá cada cargo que se emitiría, con su tramo e importe, sin escribir nada. Volver a emitir un año no duplica cargos: solo crea los que faltan.</source>
      <translation>Escolha o ano e o tipo de lançamento e clique em “Pré-visualização”: você verá cada lançamento que seria emitido, com sua faixa e valor, sem gravar nada. Emitir de novo um ano não duplica lançamentos: só cria os que faltam.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Emisión terminada</source>
      <translation>Emissão concluída</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Emitir cuotas</source>
      <translation>Emitir contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Emitir…</source>
      <translation>Emitir…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Escala vigente {0}{1} · vencimiento {2}</source>
      <translation>Tabela vigente {0}{1} · vencimento {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Importe</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Se emitieron {0} cargos de {1} {2}</source>
      <translation>Foram emitidos {0} lançamentos de {1} {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Se emitirán {0} cargos de {1} {2} por un total de {3}, con vencimiento el {4}.

Los cargos quedan registrados en la cuenta de cada miembro. ¿Emitir?</source>
      <translation>Serão emitidos {0} lançamentos de {1} {2} no total de {3}, com vencimento em {4}.

Os lançamentos ficam registrados na conta de cada membro. Emitir?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Sin población registrada (no se les emite cargo): {0}.</source>
      <translation>Sem população registrada (não recebem lançamento): {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Total: {0} cargos · &lt;b&gt;{1}&lt;/b&gt;</source>
      <translation>Total: {0} lançamentos · &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Tramo</source>
      <translation>Faixa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Vista previa</source>
      <translation>Pré-visualização</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>{0} cargos ya emitidos cuyo importe hoy sería otro (no se modifican)</source>
      <translation>{0} lançamentos já emitidos cujo valor hoje seria outro (não são alterados)</translation>
    </message>
  </context>
  <context>
    <name>PestanaEscalas</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>1 escala</source>
      <translation>1 tabela</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Aprobada por:</source>
      <translation>Aprovada por:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Artículo</source>
      <translation>Artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Cada escala fija el importe de la cuota según la población del miembro a la fecha de referencia. Dos escalas del mismo tipo de cargo no pueden regir el mismo día.</source>
      <translation>Cada tabela fixa o valor da contribuição conforme a população do membro na data de referência. Duas tabelas do mesmo tipo de lançamento não podem vigorar no mesmo dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Elija una escala para ver sus tramos.</source>
      <translation>Escolha uma tabela para ver suas faixas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Importe</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Ingreso en el año:</source>
      <translation>Adesão durante o ano:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Moneda</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>No hay escalas: cree la primera con «Nueva escala…».</source>
      <translation>Não há tabelas: crie a primeira com “Nova tabela…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Nueva escala…</source>
      <translation>Nova tabela…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Población al:</source>
      <translation>População em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Tipo de cargo</source>
      <translation>Tipo de lançamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Tramos</source>
      <translation>Faixas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Vencimiento:</source>
      <translation>Vencimento:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Vigencia</source>
      <translation>Vigência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>sin dato</source>
      <translation>sem informação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} de cada año</source>
      <translation>{0} de cada ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} de cada año (la población de ese día define el tramo)</source>
      <translation>{0} de cada ano (a população nesse dia define a faixa)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} escalas</source>
      <translation>{0} tabelas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0}, {1}</source>
      <translation>{0}, {1}</translation>
    </message>
  </context>
  <context>
    <name>PestanaEstado</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Activo</source>
      <translation>Ativo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Baja</source>
      <translation>Desligado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Baja registrada.</source>
      <translation>Desligamento registrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Borra el miembro por completo. Solo para un alta hecha por error y sin historia; si el miembro se va, use «Dar de baja».</source>
      <translation>Apaga o membro por completo. Só para uma adesão registrada por engano e sem histórico; se o membro sair, use “Registrar desligamento”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Cambiar estado</source>
      <translation>Alterar situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Confirmar el cambio de estado</source>
      <translation>Confirmar a alteração de situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Dar de baja…</source>
      <translation>Desligar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Desde:</source>
      <translation>Desde:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>El miembro ya está dado de baja.</source>
      <translation>O desligamento do membro já está registrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Eliminar (alta por error)…</source>
      <translation>Excluir (adesão por engano)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Eliminar miembro</source>
      <translation>Excluir membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Escriba el motivo del cambio de estado.</source>
      <translation>Escreva o motivo da alteração de situação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado actual: &lt;b&gt;{0}&lt;/b&gt; desde el {1}.</source>
      <translation>Situação atual: &lt;b&gt;{0}&lt;/b&gt; desde {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado registrado.</source>
      <translation>Situação registrada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado:</source>
      <translation>Situação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Motivo</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Motivo:</source>
      <translation>Motivo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>No se registró el estado:</source>
      <translation>A situação não foi registrada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Registrar</source>
      <translation>Registrar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Sin estados registrados.</source>
      <translation>Nenhuma situação registrada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Suspendido</source>
      <translation>Suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>por ejemplo: falta de pago de cuotas</source>
      <translation>por exemplo: falta de pagamento das contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>sin registrar</source>
      <translation>sem registro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>{0} desde el {1}</source>
      <translation>{0} desde {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>¿Eliminar «{0}» definitivamente?

Úselo solo si el alta fue un error: se borran la ficha, su población y sus contactos. Si el miembro se va de la asociación, use «Dar de baja».</source>
      <translation>Excluir “{0}” definitivamente?

Use somente se a adesão foi um erro: são apagados a ficha, a população e os contatos. Se o membro sair da associação, use “Registrar desligamento”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>¿Registrar el estado y terminar esos mandatos?</source>
      <translation>Registrar a situação e encerrar esses mandatos?</translation>
    </message>
  </context>
  <context>
    <name>PestanaMorosidad</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Años</source>
      <translation>Anos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Cambiar la regla…</source>
      <translation>Alterar a regra…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Cuotas impagas</source>
      <translation>Contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Deuda</source>
      <translation>Dívida</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Deuda vencida al:</source>
      <translation>Dívida vencida em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Doble clic: la cuenta del miembro</source>
      <translation>Clique duplo: a conta do membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Exportar a Excel…</source>
      <translation>Exportar para Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Exportar la morosidad</source>
      <translation>Exportar a inadimplência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Regla de los estatutos: &lt;b&gt;{0}&lt;/b&gt;</source>
      <translation>Regra do estatuto: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Solo con el voto suspendido</source>
      <translation>Somente com voto suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Suspendido</source>
      <translation>Suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Sí</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Voto</source>
      <translation>Voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>la regla de voto</source>
      <translation>a regra de voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>{0} miembros con deuda vencida · total &lt;b&gt;{1}&lt;/b&gt; · {2} con el voto suspendido</source>
      <translation>{0} membros com dívida vencida · total &lt;b&gt;{1}&lt;/b&gt; · {2} com voto suspenso</translation>
    </message>
  </context>
  <context>
    <name>PestanaOrden</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Adoptar resolución…</source>
      <translation>Adotar resolução…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Agregar punto…</source>
      <translation>Adicionar item…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Agregar subpunto…</source>
      <translation>Adicionar subitem…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>El acta está aprobada: el resumen ya no se modifica; las correcciones van en una fe de erratas.</source>
      <translation>A ata está aprovada: o resumo não pode mais ser alterado; as correções vão em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>El orden del día está vacío. Agregue el primer punto con «Agregar punto…»; los puntos de tipo Votación o Elección aparecen luego en la pestaña Votaciones.</source>
      <translation>A ordem do dia está vazia. Adicione o primeiro item com “Adicionar item…”; os itens do tipo Votação ou Eleição aparecem depois na aba Votações.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Este punto se vota: cierre primero la votación en la pestaña Votaciones.</source>
      <translation>Este item é votado: encerre primeiro a votação na aba Votações.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Lo que se trató en este punto: informes, intervenciones, propuestas y acuerdos. Es el texto que va al acta.</source>
      <translation>O que foi tratado neste item: relatórios, intervenções, propostas e acordos. É o texto que vai para a ata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Punto</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Resumen de lo tratado</source>
      <translation>Resumo do que foi tratado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Sin guardar…</source>
      <translation>Não salvo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Tipo</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Un punto dentro del punto elegido (1.1, 1.2…)</source>
      <translation>Um item dentro do item escolhido (1.1, 1.2…)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>aprobada</source>
      <translation>aprovada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>decisión: {0}</source>
      <translation>decisão: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>el resumen del punto</source>
      <translation>o resumo do item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>elección pendiente</source>
      <translation>eleição pendente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>rechazada</source>
      <translation>rejeitada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>votación pendiente</source>
      <translation>votação pendente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>✓ Guardado</source>
      <translation>✓ Salvo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>✗ No se guardó (vea el aviso)</source>
      <translation>✗ Não foi salvo (veja o aviso)</translation>
    </message>
  </context>
  <context>
    <name>PestanaPagos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source> · {0} anulados</source>
      <translation> · {0} anulados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>ANULADO</source>
      <translation>ANULADO</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Anulado el {0}: {1}</source>
      <translation>Anulado em {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Anular el pago</source>
      <translation>Anular o pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Anular…</source>
      <translation>Anular…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Buscar por miembro, recibo o referencia</source>
      <translation>Buscar por membro, recibo ou referência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>El recibo {0} ya está anulado: {1}</source>
      <translation>O recibo {0} já está anulado: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Fecha</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Importe</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Medio</source>
      <translation>Forma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Recibo</source>
      <translation>Recibo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Recibo (PDF)…</source>
      <translation>Recibo (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Recibo {0} de {1} por {2}, del {3}.

El pago deja de contar y su recibo queda ANULADO; no se borra.

Motivo de la anulación:</source>
      <translation>Recibo {0} de {1} no valor de {2}, de {3}.

O pagamento deixa de contar e seu recibo fica ANULADO; não é apagado.

Motivo da anulação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Referencia</source>
      <translation>Referência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Registrar pago…</source>
      <translation>Registrar pagamento…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Todos los años</source>
      <translation>Todos os anos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Vigente</source>
      <translation>Válido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>un pago</source>
      <translation>um pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>{0} pagos</source>
      <translation>{0} pagamentos</translation>
    </message>
  </context>
  <context>
    <name>PestanaPoblacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Agregar</source>
      <translation>Adicionar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Agregar una cifra</source>
      <translation>Adicionar um número</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Año</source>
      <translation>Ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Año:</source>
      <translation>Ano:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Cifra agregada: es la población vigente.</source>
      <translation>Número adicionado: é a população vigente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Cifra de {0} agregada a la historia; la vigente sigue siendo la de {1}.</source>
      <translation>Número de {0} adicionado ao histórico; o vigente continua sendo o de {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Fuente</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Fuente:</source>
      <translation>Fonte:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>No se agregó la cifra. Corrija los campos marcados:</source>
      <translation>O número não foi adicionado. Corrija os campos marcados:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Población vigente: &lt;b&gt;{0}&lt;/b&gt; habitantes ({1}). La vigente es siempre la cifra del año más reciente; las anteriores quedan como historia.</source>
      <translation>População vigente: &lt;b&gt;{0}&lt;/b&gt; habitantes ({1}). A vigente é sempre o número do ano mais recente; os anteriores ficam como histórico.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Población:</source>
      <translation>População:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Registrada</source>
      <translation>Registrado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Sin cifras de población todavía.</source>
      <translation>Ainda não há números de população.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>año sin indicar</source>
      <translation>ano não informado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>habitantes</source>
      <translation>habitantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>por ejemplo: Censo 2022 (INDEC)</source>
      <translation>por exemplo: Censo 2022 (IBGE)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>sin cifras</source>
      <translation>sem números</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>{0} hab. ({1})</source>
      <translation>{0} hab. ({1})</translation>
    </message>
  </context>
  <context>
    <name>PestanaVotaciones</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>A favor</source>
      <translation>A favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Abstenciones</source>
      <translation>Abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Abstención</source>
      <translation>Abstenção</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Adoptar resolución…</source>
      <translation>Adotar resolução…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Antes de cerrar la votación:</source>
      <translation>Antes de encerrar a votação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Aprobada</source>
      <translation>Aprovada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Borrar los votos</source>
      <translation>Apagar os votos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Cerrar votación</source>
      <translation>Encerrar votação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Elegir un cargo…</source>
      <translation>Eleger um cargo…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>En contra</source>
      <translation>Contra</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Firma la resolución adoptada con el certificado .p12/.pfx de quien firma (sin conexión) y muestra sus firmas</source>
      <translation>Assina a resolução adotada com o certificado .p12/.pfx de quem assina (sem conexão) e mostra suas assinaturas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Firmar digitalmente…</source>
      <translation>Assinar digitalmente…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Guarda la resolución adoptada en PDF, con su código de verificación y su QR</source>
      <translation>Salva a resolução adotada em PDF, com seu código de verificação e seu QR</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A maioria simples é ter mais votos a favor do que contra: conta-se sobre os votos emitidos. Para que as abstenções pesem, escolha maioria absoluta dos presentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Motivo del cambio:</source>
      <translation>Motivo da alteração:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>No hay puntos que se voten. En el orden del día, agregue un punto de tipo Votación o Elección.</source>
      <translation>Não há itens a votar. Na ordem do dia, adicione um item do tipo Votação ou Eleição.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>No se registró la votación:</source>
      <translation>A votação não foi registrada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Pendiente</source>
      <translation>Pendente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Punto</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Rechazada</source>
      <translation>Rejeitada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Registra el resultado y quién tenía derecho a votar; pide confirmación y no se puede repetir</source>
      <translation>Registra o resultado e quem tinha direito a votar; pede confirmação e não pode ser repetida</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Regla: {0}.</source>
      <translation>Regra: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Resolución en PDF…</source>
      <translation>Resolução em PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Resultado</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Se adopta una resolución cuando la votación está cerrada y la moción fue aprobada.</source>
      <translation>Uma resolução é adotada quando a votação está encerrada e a moção foi aprovada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Si se cierra ahora: </source>
      <translation>Se for encerrada agora: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Todos a favor</source>
      <translation>Todos a favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votación cerrada</source>
      <translation>Votação encerrada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votar este punto como elección de un cargo entre candidaturas</source>
      <translation>Votar este item como eleição para um cargo entre candidaturas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votos contados: {0} · pueden votar {1} (presentes con derecho a voto, contando los poderes).</source>
      <translation>Votos contados: {0} · podem votar {1} (presentes com direito a voto, contando as procurações).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votos nominales: </source>
      <translation>Votos nominais: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>decisión: {0}</source>
      <translation>decisão: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>por qué se vota con otra mayoría que la de la regla (queda en el acta)</source>
      <translation>por que se vota com uma maioria diferente da prevista na regra (fica registrado na ata)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>votación</source>
      <translation>votação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>✓ Quórum: {0} de {1} — se verifica.</source>
      <translation>✓ Quórum: {0} de {1} — há quórum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>✗ Quórum: {0} de {1} — no hay quórum (se requieren {2}); no se puede votar.</source>
      <translation>✗ Quórum: {0} de {1} — não há quórum (são necessários {2}); não é possível votar.</translation>
    </message>
  </context>
  <context>
    <name>RecuentoEleccion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source> (vale {0})</source>
      <translation> (vale {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source> el {0}</source>
      <translation> em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Abstenciones</source>
      <translation>Abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Abstenciones: {0}</source>
      <translation>Abstenções: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Agrega un subpunto con el mismo cargo y las candidaturas finalistas</source>
      <translation>Adiciona um subitem com o mesmo cargo e as candidaturas finalistas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Agregar candidatura…</source>
      <translation>Adicionar candidatura…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Agregar segunda vuelta</source>
      <translation>Adicionar segundo turno</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Antes de cerrar la elección:</source>
      <translation>Antes de encerrar a eleição:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Borrar los votos</source>
      <translation>Apagar os votos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Candidaturas</source>
      <translation>Candidaturas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Elección cerrada</source>
      <translation>Eleição encerrada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Electa</source>
      <translation>Eleita</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Elija el voto de cada miembro en la tabla.</source>
      <translation>Escolha o voto de cada membro na tabela.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>En blanco</source>
      <translation>Em branco</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>En blanco: {0}</source>
      <translation>Em branco: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Escriba los votos de cada candidatura, en blanco, nulos y abstenciones.</source>
      <translation>Digite os votos de cada candidatura, em branco, nulos e abstenções.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Ir a la segunda vuelta ({0})</source>
      <translation>Ir para o segundo turno ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>La elección quedó sin cerrar: con el acta aprobada ya no se registra su recuento.</source>
      <translation>A eleição ficou sem encerrar: com a ata aprovada, a apuração já não pode ser registrada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Los votos nulos no cuentan como emitidos.</source>
      <translation>Os votos nulos não contam como emitidos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Nulos</source>
      <translation>Nulos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Nulos: {0}</source>
      <translation>Nulos: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Quitar</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Retira la candidatura (por ejemplo, si declina)</source>
      <translation>Retira a candidatura (por exemplo, se o candidato desistir)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Si se cierra ahora: </source>
      <translation>Se for encerrada agora: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Todavía no hay candidaturas: agregue al menos una con «Agregar candidatura…».</source>
      <translation>Ainda não há candidaturas: adicione pelo menos uma com “Adicionar candidatura…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Todavía no se puede cerrar la elección: revise lo que se indica debajo.</source>
      <translation>Ainda não é possível encerrar a eleição: revise o que está indicado abaixo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Vota</source>
      <translation>Vota</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votación {0} · {1} de los {2}</source>
      <translation>Votação {0} · {1} dos {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votaron {0} de {1} presentes con derecho a voto (contando los poderes).</source>
      <translation>Votaram {0} de {1} presentes com direito a voto (contando as procurações).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Voto</source>
      <translation>Voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Voto de cada miembro</source>
      <translation>Voto de cada membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votos contados: {0} · pueden votar {1} (presentes con derecho a voto, contando los poderes).</source>
      <translation>Votos contados: {0} · podem votar {1} (presentes com direito a voto, contando as procurações).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votos nominales</source>
      <translation>Votos nominais</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>en persona</source>
      <translation>pessoalmente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>por poder: {0}</source>
      <translation>por procuração: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>— no votó —</source>
      <translation>— não votou —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>✓ Mandato registrado{0}: {1}, {2}.</source>
      <translation>✓ Mandato registrado{0}: {1}, {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>✓ Quórum: {0} de {1} — se verifica.</source>
      <translation>✓ Quórum: {0} de {1} — há quórum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>✗ Quórum: {0} de {1} — no hay quórum (se requieren {2}); no se puede votar.</source>
      <translation>✗ Quórum: {0} de {1} — não há quórum (são necessários {2}); não é possível votar.</translation>
    </message>
  </context>
  <context>
    <name>VentanaPrincipal</name>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>  Asociación: </source>
      <translation>  Associação: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Abrir…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Acerca de Escritorio</source>
      <translation>&amp;Sobre o Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Archivo</source>
      <translation>&amp;Arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Bitácora de cambios…</source>
      <translation>&amp;Registro de auditoria…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Datos de la asociación…</source>
      <translation>&amp;Dados da associação…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Manual de uso</source>
      <translation>&amp;Manual de uso</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Nueva base de datos…</source>
      <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Salir</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Verificar un documento…</source>
      <translation>&amp;Verificar um documento…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>A&amp;yuda</source>
      <translation>A&amp;juda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Abrir base de datos</source>
      <translation>Abrir banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Actualizado con lo que guardó otro programa (la línea de órdenes u otra ventana).</source>
      <translation>Atualizado com o que outro programa salvou (a linha de comando ou outra janela).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Asociación</source>
      <translation>Associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Base de Escritorio (*.db)</source>
      <translation>Banco de dados do Escritorio (*.db)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Base de Escritorio (*.db);;Todos los archivos (*)</source>
      <translation>Banco de dados do Escritorio (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Base: {0}</source>
      <translation>Banco de dados: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Crear &amp;respaldo…</source>
      <translation>Criar &amp;backup…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Cuotas</source>
      <translation>Contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Escritorio — {0}</source>
      <translation>Escritorio — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Estatutos</source>
      <translation>Estatutos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Inicio</source>
      <translation>Início</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>La base fue reemplazada</source>
      <translation>O banco de dados foi substituído</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>La base ya no está</source>
      <translation>O banco de dados não está mais lá</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Miembros</source>
      <translation>Membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Nueva base de datos</source>
      <translation>Novo banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Otro programa reemplazó la base {0} mientras esta ventana la tenía abierta (por ejemplo, restauró un respaldo desde la línea de órdenes).

Escritorio la volvió a abrir: lo que ve ahora es lo que hay en el archivo, y lo que guarde desde ahora queda en él. Si estaba escribiendo algo en ese momento, revise que esté.</source>
      <translation>Outro programa substituiu o banco de dados {0} enquanto esta janela o mantinha aberto (por exemplo, restaurou um backup pela linha de comando).

O Escritorio o abriu novamente: o que você vê agora é o que há no arquivo, e o que você salvar a partir de agora fica nele. Se estava escrevendo algo naquele momento, verifique se está lá.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Res&amp;taurar respaldo…</source>
      <translation>Res&amp;taurar backup…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Sesiones</source>
      <translation>Sessões</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Unidades temáticas</source>
      <translation>Unidades temáticas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Ya existe {0}. Para usarla elija Archivo &gt; Abrir; no se reemplaza.</source>
      <translation>{0} já existe. Para usá-lo, escolha Arquivo &gt; Abrir; ele não é substituído.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>{0} miembros</source>
      <translation>{0} membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Órganos</source>
      <translation>Órgãos</translation>
    </message>
  </context>
  <context>
    <name>VistaCuotas</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Avisos</source>
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Cargos</source>
      <translation>Lançamentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Emisión</source>
      <translation>Emissão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Escalas</source>
      <translation>Tabelas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Morosidad</source>
      <translation>Inadimplência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Pagos</source>
      <translation>Pagamentos</translation>
    </message>
  </context>
  <context>
    <name>VistaEstatutos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source> (posterior)</source>
      <translation> (posterior)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>1 artículo vigente al {0}</source>
      <translation>1 artigo vigente em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>1 reforma en total</source>
      <translation>1 reforma no total</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>1 regla cita el texto anterior de un artículo reformado:</source>
      <translation>1 regra cita o texto anterior de um artigo reformado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Agregado</source>
      <translation>Acrescentado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Aprobada por</source>
      <translation>Aprovada por</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Art.</source>
      <translation>Art.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Artículo {0}</source>
      <translation>Artigo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Buscar en el texto…</source>
      <translation>Buscar no texto…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cambio</source>
      <translation>Alteração</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cargar texto…</source>
      <translation>Carregar texto…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cargar un estatuto o reglamento nuevo pegando su texto o abriendo un .txt o .md</source>
      <translation>Carregar um estatuto ou regimento novo colando seu texto ou abrindo um .txt ou .md</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Derogado</source>
      <translation>Revogado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Derogado desde el {0}</source>
      <translation>Revogado desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Derogado el {0}</source>
      <translation>Revogado em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Diferencias</source>
      <translation>Diferenças</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Diferencias: 1 oración distinta</source>
      <translation>Diferenças: 1 frase diferente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Diferencias: {0} oraciones distintas</source>
      <translation>Diferenças: {0} frases diferentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>El texto se muestra tal como regía ese día, con las reformas vigentes hasta entonces.</source>
      <translation>O texto é mostrado tal como vigorava nesse dia, com as reformas vigentes até então.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Elija una versión para leerla, o dos (Ctrl+clic) para compararlas.</source>
      <translation>Escolha uma versão para lê-la, ou duas (Ctrl+clique) para compará-las.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Historia del artículo</source>
      <translation>Histórico do artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Hoy</source>
      <translation>Hoje</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Imprimir (PDF)…</source>
      <translation>Imprimir (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Imprimir el texto vigente</source>
      <translation>Imprimir o texto vigente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Modificado</source>
      <translation>Modificado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Ningún artículo vigente</source>
      <translation>Nenhum artigo vigente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Norma:</source>
      <translation>Norma:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Otra versión, no la vigente al {0}. </source>
      <translation>Outra versão, não a vigente em {0}. </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Pegue el texto del estatuto o abra un archivo .txt o .md: cada artículo empieza con una línea «Artículo N». Después podrá registrar sus reformas y leer el texto vigente en cualquier fecha.</source>
      <translation>Cole o texto do estatuto ou abra um arquivo .txt ou .md: cada artigo começa com uma linha “Art. N”. Depois você poderá registrar as reformas e ler o texto vigente em qualquer data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Reforma</source>
      <translation>Reforma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Reforma…</source>
      <translation>Reforma…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Registrar una reforma: artículos nuevos, cambiados o derogados desde una fecha</source>
      <translation>Registrar uma reforma: artigos novos, alterados ou revogados a partir de uma data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Restablecido</source>
      <translation>Restabelecido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Revíselas en Órganos (las reglas de sesión, guardando una versión nueva desde la reforma) o véalas todas con «escritorio estatutos reglas».</source>
      <translation>Revise-as em Órgãos (as regras de sessão, salvando uma nova versão a partir da reforma) ou veja todas com “escritorio estatutos reglas”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto original</source>
      <translation>Texto original</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto vigente a la fecha elegida, con índice, en PDF</source>
      <translation>Texto vigente na data escolhida, com índice, em PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto vigente al:</source>
      <translation>Texto vigente em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto vigente desde el {0} ({1})</source>
      <translation>Texto vigente desde {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Todavía no hay estatuto ni reglamentos cargados</source>
      <translation>Ainda não há estatuto nem regimentos carregados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Título</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Versión del {0}</source>
      <translation>Versão de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Vigente desde</source>
      <translation>Vigente desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Vigente desde el {0}</source>
      <translation>Vigente desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Volver al texto vigente hoy</source>
      <translation>Voltar ao texto vigente hoje</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>sin referencia</source>
      <translation>sem referência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} artículos vigentes al {1}</source>
      <translation>{0} artigos vigentes em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} con texto reformado</source>
      <translation>{0} com texto reformado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} de {1} artículos contienen «{2}»</source>
      <translation>{0} de {1} artigos contêm “{2}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} reformas en total</source>
      <translation>{0} reformas no total</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} reglas citan el texto anterior de un artículo reformado:</source>
      <translation>{0} regras citam o texto anterior de um artigo reformado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>… y {0} más.</source>
      <translation>… e mais {0}.</translation>
    </message>
  </context>
  <context>
    <name>VistaInicio</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Cambios recientes</source>
      <translation>Alterações recentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Cobrado</source>
      <translation>Recebido</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Cuotas anuales: lo facturado cada año y lo cobrado de ellas hasta hoy.</source>
      <translation>Contribuições anuais: o valor faturado a cada ano e o quanto dele foi recebido até hoje.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Facturado</source>
      <translation>Faturado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Facturado y cobrado por año</source>
      <translation>Faturado e recebido por ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Fundada el {0}</source>
      <translation>Fundada em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros activos y suspendidos; no cuenta las bajas.</source>
      <translation>Membros ativos e suspensos; não inclui os desligados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros fundadores</source>
      <translation>Membros fundadores</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros por estado</source>
      <translation>Membros por situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros por país</source>
      <translation>Membros por país</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros por tramo de población</source>
      <translation>Membros por faixa populacional</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>No hay miembros fundadores registrados.</source>
      <translation>Não há membros fundadores registrados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Sede: {0}</source>
      <translation>Sede: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Todavía no hay cambios registrados.</source>
      <translation>Ainda não há alterações registradas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>en el padrón</source>
      <translation>no cadastro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>miembro vigente</source>
      <translation>membro atual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>miembros vigentes</source>
      <translation>membros atuais</translation>
    </message>
  </context>
  <context>
    <name>VistaMiembros</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source> y </source>
      <translation> e </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Abrir la ficha del miembro elegido (o doble clic en la fila).</source>
      <translation>Abrir a ficha do membro escolhido (ou clique duas vezes na linha).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Buscar por nombre, región, país o código (Ctrl+F)</source>
      <translation>Buscar por nome, região, país ou código (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Cancelado: no se creó ningún archivo.</source>
      <translation>Cancelado: nenhum arquivo foi criado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Dar de baja…</source>
      <translation>Desligar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Documento PDF (*.pdf)</source>
      <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Editar…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Elija primero un miembro en la tabla.</source>
      <translation>Escolha primeiro um membro na tabela.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Elija un miembro</source>
      <translation>Escolha um membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Exportar a Excel…</source>
      <translation>Exportar para Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Exportar el padrón</source>
      <translation>Exportar o cadastro de membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Importar…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Imprimir el padrón</source>
      <translation>Imprimir o cadastro de membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Imprimir padrón (PDF)…</source>
      <translation>Imprimir cadastro de membros (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Ninguno de los {0} miembros cumple {1}. Cambie la búsqueda o quite los filtros para verlos a todos.</source>
      <translation>Nenhum dos {0} membros satisfaz {1}. Altere a busca ou limpe os filtros para ver todos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Ningún miembro coincide con el filtro</source>
      <translation>Nenhum membro corresponde ao filtro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Nuevo miembro</source>
      <translation>Novo membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Quitar los filtros</source>
      <translation>Limpar os filtros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Registrar la baja de {0} con fecha y motivo.</source>
      <translation>Registrar o desligamento de {0}, com data e motivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Seleccione primero un miembro en la tabla.</source>
      <translation>Selecione primeiro um membro na tabela.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todavía no hay miembros</source>
      <translation>Ainda não há membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todos los estados</source>
      <translation>Todas as situações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todos los países</source>
      <translation>Todos os países</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todos los tipos</source>
      <translation>Todos os tipos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Use «Nuevo miembro» para cargarlos de a uno, o «Importar…» para traer el padrón entero desde una planilla de Excel o CSV (una fila por miembro: nombre, país, población…).</source>
      <translation>Use “Novo membro” para cadastrá-los um a um, ou “Importar…” para trazer o cadastro de membros inteiro de uma planilha do Excel ou CSV (uma linha por membro: nome, país, população…).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Ya dado de baja</source>
      <translation>Já desligado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>el filtro</source>
      <translation>o filtro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>estado</source>
      <translation>situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>la búsqueda «{0}»</source>
      <translation>a busca “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>país</source>
      <translation>país</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>tipo</source>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>{0} de {1} miembros</source>
      <translation>{0} de {1} membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>{0} ya está dado de baja.</source>
      <translation>{0} já foi desligado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
  </context>
  <context>
    <name>VistaOrganos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>1 día</source>
      <translation>1 dia</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>1 integrante</source>
      <translation>1 integrante</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cargo</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición al</source>
      <translation>Composição em</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición en Excel…</source>
      <translation>Composição em Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición en PDF…</source>
      <translation>Composição em PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición y mandatos</source>
      <translation>Composição e mandatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Confirma que las reglas de composición valen con el texto nuevo del artículo que citan</source>
      <translation>Confirma que as regras de composição continuam válidas com o novo texto do artigo que citam</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Convocatoria: sin anticipación mínima{0}</source>
      <translation>Convocação: sem antecedência mínima{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Convocatoria: {0} de anticipación{1}</source>
      <translation>Convocação: {0} de antecedência{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cree el primero con «Nuevo órgano…».</source>
      <translation>Crie o primeiro com “Novo órgão…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cumple las reglas de composición ({0}).</source>
      <translation>Atende às regras de composição ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cumple las reglas de composición.</source>
      <translation>Atende às regras de composição.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cuotas impagas: no votan</source>
      <translation>Contribuições em atraso: não votam</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cuotas impagas: votan igual</source>
      <translation>Contribuições em atraso: votam normalmente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Designar…</source>
      <translation>Designar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Documentos</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Elija primero un órgano en el árbol.</source>
      <translation>Escolha primeiro um órgão na árvore.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Elija un mandato</source>
      <translation>Escolha um mandato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Exportar la composición</source>
      <translation>Exportar a composição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Fíjela con «Reglas de sesión…».</source>
      <translation>Defina-a em “Regras de sessão…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Hasta</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Historia…</source>
      <translation>Histórico…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Hoy</source>
      <translation>Hoje</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Imprimir el organigrama</source>
      <translation>Imprimir o organograma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Imprimir la composición</source>
      <translation>Imprimir a composição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>La composición de hoy</source>
      <translation>A composição de hoje</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Los integrantes de una asamblea son todos los miembros activos: no tienen mandato que terminar.</source>
      <translation>Os integrantes de uma assembleia são todos os membros ativos: não têm mandato a encerrar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Marcar revisadas</source>
      <translation>Marcar como revisadas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Marcar revisadas las de composición…</source>
      <translation>Marcar como revisadas as regras de composição…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Nadie integra el órgano en esa fecha.</source>
      <translation>Ninguém integra o órgão nessa data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>No se encuentra ese artículo en el texto vigente al {0}. Revise la cita o cargue el texto en Estatutos.</source>
      <translation>Esse artigo não foi encontrado no texto em vigor em {0}. Verifique a citação ou cadastre o texto em Estatutos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>No: {0}</source>
      <translation>Não: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Nuevo órgano…</source>
      <translation>Novo órgão…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Organigrama en PDF…</source>
      <translation>Organograma em PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Para reformar el estatuto, quórum: {0}</source>
      <translation>Para reformar o estatuto, quórum: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Persona</source>
      <translation>Pessoa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Poderes: hasta {0} por miembro</source>
      <translation>Procurações: até {0} por membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Poderes: no se admiten</source>
      <translation>Procurações: não admitidas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Poderes: sin máximo</source>
      <translation>Procurações: sem limite</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Quórum, poderes, morosos y anticipación de la convocatoria de {0}</source>
      <translation>Quórum, procurações, inadimplentes e antecedência da convocação de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Quórum: sin regla cargada, rige la mitad más uno de los miembros con derecho a voto.</source>
      <translation>Quórum: sem regra cadastrada, vale a metade mais um dos membros com direito a voto.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Reglas de composición que no se cumplen:</source>
      <translation>Regras de composição não atendidas:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Reglas de sesión…</source>
      <translation>Regras de sessão…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Reglas que citan un texto reformado:</source>
      <translation>Regras que citam um texto reformado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Rotación de la Secretaría Ejecutiva</source>
      <translation>Rodízio da Secretaria Executiva</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Se sienta de oficio por su cargo en {0}: deja el órgano cuando deja ese cargo (sin mandato que terminar aquí).</source>
      <translation>Tem assento nato por seu cargo em {0}: deixa o órgão quando deixar esse cargo (sem mandato a encerrar aqui).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Seleccione primero un integrante en la tabla.</source>
      <translation>Selecione primeiro um integrante na tabela.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Sin órganos</source>
      <translation>Nenhum órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Sí</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Termina el mandato elegido con fecha y motivo</source>
      <translation>Encerra o mandato escolhido, com data e motivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Terminar mandato…</source>
      <translation>Encerrar mandato…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Todos los mandatos del órgano, con sus correcciones</source>
      <translation>Todos os mandatos do órgão, com suas correções</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Unidades temáticas ({0})</source>
      <translation>Unidades temáticas ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Vigente desde el {0}{1}</source>
      <translation>Em vigor desde {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Voto</source>
      <translation>Voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>depende de {0}</source>
      <translation>depende de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>preside {0} ({1})</source>
      <translation>presidência: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>se reúne cada mes</source>
      <translation>reúne-se todo mês</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>se reúne cada {0} meses</source>
      <translation>reúne-se a cada {0} meses</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} con voto</source>
      <translation>{0} com voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} de oficio</source>
      <translation>membros natos: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} días</source>
      <translation>{0} dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} integrantes</source>
      <translation>{0} integrantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} · de oficio: {1}</source>
      <translation>{0} · membro nato: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} — {1}</source>
      <translation>{0} — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0}: {1} en {2} desde el {3}.</source>
      <translation>{0}: {1} em {2} desde {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>¿Leyó el texto nuevo y estas reglas siguen valiendo?

{0}

Pasarán a citar el texto vigente desde la reforma.</source>
      <translation>Você leu o novo texto e estas regras continuam válidas?

{0}

Elas passarão a citar o texto em vigor desde a reforma.</translation>
    </message>
  </context>
  <context>
    <name>VistaSesiones</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source> de {0}</source>
      <translation> de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>1 próxima</source>
      <translation>1 próxima</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>1 sesión</source>
      <translation>1 sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Abrir la sesión</source>
      <translation>Abrir a sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Acta</source>
      <translation>Ata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Acta: {0}</source>
      <translation>Ata: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Calendario</source>
      <translation>Calendário</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocada el {0} · {1}</source>
      <translation>Convocada em {0} · {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocar para ese día…</source>
      <translation>Convocar para esse dia…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocar sesión</source>
      <translation>Convocar sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocar sesión…</source>
      <translation>Convocar sessão…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convoque la primera sesión de un órgano: fecha, hora y lugar o enlace. Después se arma el orden del día, se toma la asistencia con el quórum a la vista, se votan los puntos y se aprueba el acta.</source>
      <translation>Convoque a primeira sessão de um órgão: data, hora e local ou link. Depois, você monta a ordem do dia, registra a presença com o quórum à vista, vota os itens e aprova a ata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Elija una sesión</source>
      <translation>Escolha uma sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Este órgano todavía no tiene sesiones. Use «Convocar sesión…».</source>
      <translation>Este órgão ainda não tem sessões. Use “Convocar sessão…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Fecha</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Hoy</source>
      <translation>Hoje</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Los días con sesión aparecen resaltados en el calendario.</source>
      <translation>Os dias com sessão aparecem destacados no calendário.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Mostrar el mes en curso</source>
      <translation>Mostrar o mês atual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Orden del día sin puntos todavía</source>
      <translation>Ordem do dia ainda sem itens</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Orden del día: 1 punto</source>
      <translation>Ordem do dia: 1 item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Orden del día: {0} puntos</source>
      <translation>Ordem do dia: {0} itens</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Primero cree los órganos de la asociación (área Órganos).</source>
      <translation>Primeiro crie os órgãos da associação (área Órgãos).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Puede convocar una sesión para ese día.</source>
      <translation>Você pode convocar uma sessão para esse dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Sesión</source>
      <translation>Sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Sin sesiones el {0}</source>
      <translation>Nenhuma sessão em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Todavía no hay sesiones</source>
      <translation>Ainda não há sessões</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Todos los órganos</source>
      <translation>Todos os órgãos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>celebrada</source>
      <translation>realizada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>convocada</source>
      <translation>convocada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>{0} próximas</source>
      <translation>{0} próximas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>{0} sesiones</source>
      <translation>{0} sessões</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Órgano</source>
      <translation>Órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Órgano:</source>
      <translation>Órgão:</translation>
    </message>
  </context>
  <context>
    <name>VistaUnidades</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>, dependientes de «{0}».</source>
      <translation>, vinculadas a “{0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>1 unidad temática</source>
      <translation>1 unidade temática</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Actividad</source>
      <translation>Atividade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Agregar participante…</source>
      <translation>Adicionar participante…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Cargar las 15 unidades de Mercociudades</source>
      <translation>Carregar as 15 unidades da Mercociudades</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Coordinación</source>
      <translation>Coordenação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Hasta</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Informe de la unidad</source>
      <translation>Relatório da unidade</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Informe de la unidad (PDF)…</source>
      <translation>Relatório da unidade (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>La asociación todavía no tiene unidades temáticas</source>
      <translation>A associação ainda não tem unidades temáticas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Matriz de participación</source>
      <translation>Matriz de participação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Matriz de participación (Excel)…</source>
      <translation>Matriz de participação (Excel)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Miembros × unidades temáticas, con el papel de cada uno hoy</source>
      <translation>Membros × unidades temáticas, com o papel de cada um hoje</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Nueva actividad…</source>
      <translation>Nova atividade…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Objetivos</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Papel</source>
      <translation>Papel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Participantes</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Participantes ({0})</source>
      <translation>Participantes ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Persona</source>
      <translation>Pessoa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Plan de trabajo</source>
      <translation>Plano de trabalho</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Plan de trabajo ({0})</source>
      <translation>Plano de trabalho ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Puede empezar con las 15 unidades temáticas de Mercociudades (Ambiente, Cultura, Educación, Género, Juventud, Turismo…), cada una con sus objetivos. Después se les asignan coordinación, participantes y plan de trabajo.</source>
      <translation>Você pode começar com as 15 unidades temáticas da Mercociudades (Meio Ambiente, Cultura, Educação, Gênero, Juventude, Turismo…), cada uma com seus objetivos. Depois, atribua a elas coordenação, participantes e plano de trabalho.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Responsable</source>
      <translation>Responsável</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Resultado</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Se crearon {0} unidades temáticas.</source>
      <translation>Foram criadas {0} unidades temáticas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Se crearán las 15 unidades temáticas de Mercociudades con sus objetivos</source>
      <translation>Serão criadas as 15 unidades temáticas da Mercociudades com seus objetivos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Sin objetivos registrados.</source>
      <translation>Nenhum objetivo registrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Subcoordinación</source>
      <translation>Subcoordenação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Unidades temáticas</source>
      <translation>Unidades temáticas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>depende de {0}</source>
      <translation>depende de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>{0} unidades temáticas</source>
      <translation>{0} unidades temáticas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>¿Continuar?</source>
      <translation>Continuar?</translation>
    </message>
  </context>
  <context>
    <name>_PaginaArchivo</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>&lt;p&gt;&lt;b&gt;La primera fila debe tener los encabezados.&lt;/b&gt; El orden de las columnas no importa; en el paso siguiente podrá indicar qué dato trae cada una.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Obligatorias:&lt;/b&gt; {0}.&lt;br&gt;&lt;b&gt;Opcionales:&lt;/b&gt; {1}.&lt;/p&gt;&lt;p&gt;El país puede escribirse con su código ISO de dos letras (AR, BR…) o con su nombre. Un miembro que ya está en el padrón se reconoce por su Código o por país, región y nombre, y se actualiza; una celda vacía nunca borra un dato.&lt;/p&gt;&lt;p&gt;Nada se guarda hasta el último paso: antes verá cada problema del archivo o el resumen de lo que cambiará.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;A primeira linha deve ter os cabeçalhos.&lt;/b&gt; A ordem das colunas não importa; no passo seguinte você poderá indicar qual dado cada uma traz.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Obrigatórias:&lt;/b&gt; {0}.&lt;br&gt;&lt;b&gt;Opcionais:&lt;/b&gt; {1}.&lt;/p&gt;&lt;p&gt;O país pode ser escrito com seu código ISO de duas letras (AR, BR…) ou com seu nome. Um membro que já está no cadastro é reconhecido pelo Código ou por país, região e nome, e é atualizado; uma célula vazia nunca apaga um dado.&lt;/p&gt;&lt;p&gt;Nada é salvo até o último passo: antes, você verá cada problema do arquivo ou o resumo do que vai mudar.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Archivo:</source>
      <translation>Arquivo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Elegir el archivo</source>
      <translation>Escolher o arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Elegir la planilla</source>
      <translation>Escolher a planilha</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Examinar…</source>
      <translation>Procurar…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>No se encuentra el archivo {0}. Revise la ruta o elíjalo con «Examinar…».</source>
      <translation>O arquivo {0} não foi encontrado. Verifique o caminho ou escolha-o com “Procurar…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Planillas (*.xlsx *.csv *.txt)</source>
      <translation>Planilhas (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Ruta del archivo .xlsx o .csv</source>
      <translation>Caminho do arquivo .xlsx ou .csv</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Una planilla de Excel (.xlsx) o un archivo CSV, con un miembro por fila. Los miembros se agregan al padrón de {0}.</source>
      <translation>Uma planilha do Excel (.xlsx) ou um arquivo CSV, com um membro por linha. Os membros são adicionados ao cadastro de membros de {0}.</translation>
    </message>
  </context>
  <context>
    <name>_PaginaColumnas</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cómo leer una fecha como 05/04/2024, que puede ser el 5 de abril o el 4 de mayo. Las fechas aaaa-mm-dd y las celdas de fecha de Excel no cambian.</source>
      <translation>Como ler uma data como 05/04/2024, que pode ser 5 de abril ou 4 de maio. As datas aaaa-mm-dd e as células de data do Excel não mudam.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Dato que trae la columna {0}</source>
      <translation>Dado que a coluna {0} traz</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Datos obligatorios (*):</source>
      <translation>Dados obrigatórios (*):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Día/mes/año (dd/mm/aaaa): 05/04/2024 es el 5 de abril</source>
      <translation>Dia/mês/ano (dd/mm/aaaa): 05/04/2024 é 5 de abril</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Falta indicar qué columna trae: {0}. Elíjalo en la lista sobre la columna que corresponda.</source>
      <translation>Falta indicar qual coluna traz: {0}. Escolha isso na lista acima da coluna correspondente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Indicar las columnas</source>
      <translation>Indicar as colunas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>La columna {0} no se importará.</source>
      <translation>A coluna {0} não será importada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Las columnas {0} no se importarán.</source>
      <translation>As colunas {0} não serão importadas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Mes/día/año (mm/dd/aaaa): 05/04/2024 es el 4 de mayo</source>
      <translation>Mês/dia/ano (mm/dd/aaaa): 05/04/2024 é 4 de maio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Orden de las fechas:</source>
      <translation>Ordem das datas:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Según el archivo (si alguna fecha lo decide)</source>
      <translation>Conforme o arquivo (se alguma data definir)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Sobre cada columna, elija qué dato trae. Se muestran las primeras {0} filas del archivo como muestra.</source>
      <translation>Acima de cada coluna, escolha qual dado ela traz. As primeiras {0} linhas do arquivo são mostradas como amostra.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Todo listo para validar el archivo completo.</source>
      <translation>Tudo pronto para validar o arquivo completo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Validación cancelada: no se modificó nada.</source>
      <translation>Validação cancelada: nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Validando el archivo</source>
      <translation>Validando o arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>columna {0}</source>
      <translation>coluna {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>sin columna</source>
      <translation>sem coluna</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>«{0}» está elegido en las columnas {1}; cada dato puede venir de una sola columna. Cambie una de ellas a «{2}».</source>
      <translation>“{0}” está escolhido nas colunas {1}; cada dado só pode vir de uma coluna. Mude uma delas para “{2}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>— ignorar —</source>
      <translation>— ignorar —</translation>
    </message>
  </context>
  <context>
    <name>_PaginaResultado</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El padrón de {0} ya incluye los datos de {1}.</source>
      <translation>O cadastro de membros de {0} já inclui os dados de {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importación terminada</source>
      <translation>Importação concluída</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Resultado: {0}.</source>
      <translation>Resultado: {0}.</translation>
    </message>
  </context>
  <context>
    <name>_PaginaValidacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cambios</source>
      <translation>Alterações</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cambios en miembros del padrón (se muestran los primeros {0} de {1}):</source>
      <translation>Alterações em membros do cadastro (são mostrados os primeiros {0} de {1}):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cambios en miembros del padrón:</source>
      <translation>Alterações em membros do cadastro:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Columna</source>
      <translation>Coluna</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Columnas que no se importarán: {0}.</source>
      <translation>Colunas que não serão importadas: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo tiene 1 problema; no se importará nada. Corríjalo y vuelva a elegir el archivo.</source>
      <translation>O arquivo tem 1 problema; nada será importado. Corrija-o e escolha o arquivo novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo tiene {0} problemas; no se importará nada. Corríjalos y vuelva a elegir el archivo.</source>
      <translation>O arquivo tem {0} problemas; nada será importado. Corrija-os e escolha o arquivo novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo {0} no se puede importar tal como está.</source>
      <translation>O arquivo {0} não pode ser importado como está.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo {0} no tiene problemas. Esto es lo que se hará al pulsar «Importar»:</source>
      <translation>O arquivo {0} não tem problemas. Isto é o que será feito ao clicar em “Importar”:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Exportar errores a Excel</source>
      <translation>Exportar erros para Excel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Exportar errores a Excel…</source>
      <translation>Exportar erros para Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Fila</source>
      <translation>Linha</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importación cancelada: no se modificó nada.</source>
      <translation>Importação cancelada: nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importando miembros</source>
      <translation>Importando membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Ningún miembro del padrón cambia.</source>
      <translation>Nenhum membro do cadastro é alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Problema</source>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Revisar antes de importar</source>
      <translation>Revisar antes de importar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Se guardaron los problemas en {0}.</source>
      <translation>Os problemas foram salvos em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Todo se guarda junto, en un solo paso: si algo falla o cancela, no se modifica nada.</source>
      <translation>Tudo é salvo junto, em um só passo: se algo falhar ou você cancelar, nada é alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Valor</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Volver a elegir el archivo</source>
      <translation>Escolher o arquivo novamente</translation>
    </message>
  </context>
  <context>
    <name>espera</name>
    <message>
      <location filename="../../escritorio/interfaz/espera.py" />
      <source>Esperando para guardar: otro programa (la línea de órdenes u otra ventana) está escribiendo en la base… {0} s (se espera hasta {1} s)</source>
      <translation>Aguardando para salvar: outro programa (a linha de comando ou outra janela) está gravando no banco de dados… {0} s (aguarda-se até {1} s)</translation>
    </message>
  </context>
</TS>
