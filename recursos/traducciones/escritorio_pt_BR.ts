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
    <name>DialogoAdherentes</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>&lt;b&gt;Adhieren sin ser miembros ({0}):&lt;/b&gt; {1}</source>
      <translation>&lt;b&gt;Aderem sem ser membros ({0}):&lt;/b&gt; {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>&lt;b&gt;Miembros que la firman ({0}):&lt;/b&gt; {1}</source>
      <translation>&lt;b&gt;Membros que a assinam ({0}):&lt;/b&gt; {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Agregar</source>
      <translation>Adicionar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Alguien que no es miembro</source>
      <translation>Alguém que não é membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Elija el miembro que firma.</source>
      <translation>Escolha o membro que assina.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Entidad:</source>
      <translation>Entidade:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Es:</source>
      <translation>É:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Firma:</source>
      <translation>Assina:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Firmas y adhesiones — {0}</source>
      <translation>Assinaturas e adesões — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Gobierno</source>
      <translation>Governo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>La firma de un miembro es parte del registro de la sesión (con el acta aprobada ya no se agrega); una adhesión de afuera se suma en cualquier momento. El PDF de la declaración y el acta los listan.</source>
      <translation>A assinatura de um membro faz parte do registro da sessão (com a ata aprovada, não pode mais ser adicionada); uma adesão externa pode ser somada a qualquer momento. O PDF da declaração e a ata trazem ambas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Miembro:</source>
      <translation>Membro:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Observador</source>
      <translation>Observador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Organización</source>
      <translation>Organização</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Otro</source>
      <translation>Outro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Persona:</source>
      <translation>Pessoa:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Red</source>
      <translation>Rede</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Un miembro</source>
      <translation>Um membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>por ejemplo: Red Andina de Ciudades</source>
      <translation>por exemplo: Rede Andina de Cidades</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>quien firma en su nombre (opcional)</source>
      <translation>quem assina em seu nome (opcional)</translation>
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
      <source>Cuota del año</source>
      <translation>Contribuição do ano</translation>
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
      <source>Cuántos puestos se eligen en la misma votación. Con más de uno, resultan electas las más votadas (pluralidad), respetando los cupos por país de la regla de composición del órgano.</source>
      <translation>Quantos lugares são eleitos na mesma votação. Com mais de um, são eleitas as mais votadas (pluralidade), respeitando as cotas por país da regra de composição do órgão.</translation>
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
      <source>Puestos:</source>
      <translation>Lugares:</translation>
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
    <name>DialogoConectarServidor</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>(guardada en el llavero de este equipo)</source>
      <translation>(salva no chaveiro deste computador)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Base:</source>
      <translation>Banco de dados:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Clave:</source>
      <translation>Senha:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Conectar</source>
      <translation>Conectar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Conectar a un servidor</source>
      <translation>Conectar a um servidor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Dirección:</source>
      <translation>Endereço:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Equipo del servidor:</source>
      <translation>Computador do servidor:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Este equipo no tiene un llavero del sistema: la clave se pedirá cada vez.</source>
      <translation>Este computador não tem um chaveiro do sistema: a senha será pedida todas as vezes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>La base compartida de la oficina está en un servidor. Quien lo administra le da el equipo, la base y su usuario; la clave es suya. Cada persona entra con su propio usuario: la bitácora anota quién hizo cada cambio.</source>
      <translation>O banco de dados compartilhado do escritório fica em um servidor. Quem o administra informa a você o computador, o banco de dados e o seu usuário; a senha é sua. Cada pessoa entra com o próprio usuário: o registro de auditoria anota quem fez cada alteração.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Puerto:</source>
      <translation>Porta:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Recordar la clave en el llavero de este equipo</source>
      <translation>Lembrar a senha no chaveiro deste computador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Usuario:</source>
      <translation>Usuário:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>por ejemplo: SECRETARIA-01 o 192.168.1.10</source>
      <translation>por exemplo: SECRETARIA-01 ou 192.168.1.10</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>por ejemplo: escritorio</source>
      <translation>por exemplo: escritorio</translation>
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
      <source>Se registrarán {0} mandatos</source>
      <translation>Serão registrados {0} mandatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Terminan la víspera</source>
      <translation>Terminam na véspera</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Traspaso</source>
      <translation>Transmissão</translation>
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
      <source>(ninguna)</source>
      <translation>(nenhuma)</translation>
    </message>
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
      <source>Baja en el año:</source>
      <translation>Desligamento durante o ano:</translation>
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
      <source>El cargo prorrateado de quien se va lo cita</source>
      <translation>O lançamento proporcional de quem sai cita esse artigo</translation>
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
      <source>Hasta el mes de la baja</source>
      <translation>Até o mês do desligamento</translation>
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
      <source>La resolución de la sesión que aprobó la escala</source>
      <translation>A resolução da sessão que aprovou a tabela</translation>
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
      <source>Qué paga el año en que se va un miembro dado de baja durante el año</source>
      <translation>O que paga, no ano em que sai, um membro desligado durante o ano</translation>
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
      <source>Resolución:</source>
      <translation>Resolução:</translation>
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
      <source>artículo que lo dice, por ejemplo: Reglamento de cuotas, art. 4</source>
      <translation>artigo que o estabelece, por exemplo: Regimento de contribuições, art. 4</translation>
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
      <source>al cumplir el período ({0} meses)</source>
      <translation>ao completar o período ({0} meses)</translation>
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
      <source>Agrega la regla de composición «{0}», citada al artículo del órgano. Sin marcar, el órgano se crea sin reglas; se fijan después con «Reglas de composición…».</source>
      <translation>Adiciona a regra de composição “{0}”, citando o artigo do órgão. Desmarcado, o órgão é criado sem regras; elas são definidas depois em “Regras de composição…”.</translation>
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
      <source>Lo integran {0} (se deriva del padrón)</source>
      <translation>Integrado por {0} (deriva do cadastro)</translation>
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
    <name>DialogoPeriodo</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Cancelar</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Guardar</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Período del mandato — {0}</source>
      <translation>Período do mandato — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Un mandato dura:</source>
      <translation>Um mandato dura:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Una designación sin fecha de fin termina al cumplir el período; un traspaso antes de que el saliente lo cumpla pide un motivo; los mandatos que vencen en los próximos 60 días se avisan.</source>
      <translation>Uma designação sem data de término se encerra ao completar o período; uma transmissão antes que quem sai complete o período exige um motivo; os mandatos que vencem nos próximos 60 dias são avisados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: Estatuto, art. 15</source>
      <translation>por exemplo: Estatuto, art. 15</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>sin período fijo</source>
      <translation>sem período fixo</translation>
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
      <source>(ninguna: una reforma anterior, sin resolución en el registro)</source>
      <translation>(nenhuma: uma reforma anterior, sem resolução no registro)</translation>
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
      <source>Adoptada por:</source>
      <translation>Adotada por:</translation>
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
      <source>La resolución de la sesión que adoptó la reforma</source>
      <translation>A resolução da sessão que adotou a reforma</translation>
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
    <name>DialogoReglasComposicion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source> puestos</source>
      <translation> lugares</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Agregar regla</source>
      <translation>Adicionar regra</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Agregar una regla</source>
      <translation>Adicionar uma regra</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Artículo</source>
      <translation>Artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Artículo:</source>
      <translation>Artigo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Cerrar</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Cita el texto al:</source>
      <translation>Cita o texto vigente em:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Cuántas ciudades electas puede tener cada país, según su categoría (0: ninguna):</source>
      <translation>Quantas cidades eleitas cada país pode ter, conforme sua categoria (0: nenhuma):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Detalle</source>
      <translation>Detalhe</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Hoy lo integran {0}.</source>
      <translation>Hoje o órgão tem {0} integrantes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Hoy no lo integra nadie.</source>
      <translation>Hoje ninguém o integra.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La fecha del texto del artículo que la regla cita: si el artículo se reforma después, la regla queda marcada para revisarla.</source>
      <translation>A data do texto do artigo citado pela regra: se o artigo for reformado depois, a regra fica marcada para revisão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La integran la Secretaría Ejecutiva anterior, la actual y la siguiente (por el orden de sucesión).</source>
      <translation>É integrada pela Secretaria Executiva anterior, pela atual e pela seguinte (conforme a ordem de sucessão).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La integran quienes se designan con «Designar…»; la regla solo lo deja dicho, citado a su artículo.</source>
      <translation>É integrada por quem for designado com “Designar…”; a regra apenas registra isso, citando o artigo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La integran todos los miembros activos en cada fecha: se deriva del padrón, sin designar a nadie.</source>
      <translation>É integrada por todos os membros ativos em cada data: deriva do cadastro, sem designar ninguém.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>N.º</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Preside quien ejerce:</source>
      <translation>Preside quem exerce:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Quitar la regla elegida…</source>
      <translation>Remover a regra selecionada…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Quitar regla</source>
      <translation>Remover regra</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Quién integra «{0}» en cada fecha y qué se avisa cuando no se cumple: los mandatos designados más lo que digan estas reglas. Cite el artículo que fija cada una.</source>
      <translation>Quem integra “{0}” em cada data e o que é avisado quando não se cumpre: os mandatos designados mais o que estas regras disserem. Cite o artigo que estabelece cada uma.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla</source>
      <translation>Regra</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla {0} agregada: {1}.</source>
      <translation>Regra {0} adicionada: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla {0} quitada: {1}.</source>
      <translation>Regra {0} removida: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla:</source>
      <translation>Regra:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Reglas de composición — {0}</source>
      <translation>Regras de composição — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Se sientan por su cargo quienes integran los órganos de estos tipos:</source>
      <translation>Têm assento por seu cargo os integrantes dos órgãos destes tipos:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Texto al</source>
      <translation>Texto em</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>integrantes, ni más ni menos</source>
      <translation>integrantes, nem mais nem menos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>por ejemplo: Estatuto, art. 13</source>
      <translation>por exemplo: Estatuto, art. 13</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>quien ejerce la {0}</source>
      <translation>quem exerce a {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>{0} por país {1}</source>
      <translation>{0} por país {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>{0} puestos</source>
      <translation>{0} lugares</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>¿Quitar la regla {0} «{1}»{2} de {3}? La composición dejará de aplicarla en todas las fechas (la bitácora guarda lo que decía).</source>
      <translation>Remover a regra {0} “{1}”{2} de {3}? A composição deixará de aplicá-la em todas as datas (o registro de auditoria guarda o que ela dizia).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>… y {0} avisos más (ver la composición).</source>
      <translation>… e mais {0} avisos (veja a composição).</translation>
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
      <source>Admite a:</source>
      <translation>Admite:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Admite a: {0}</source>
      <translation>Admite: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Buscar por nombre o país</source>
      <translation>Pesquisar por nome ou país</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el título de la resolución.</source>
      <translation>Digite o título da resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Excluye a:</source>
      <translation>Exclui:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Excluye a: {0}</source>
      <translation>Exclui: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Ninguno marcado: la resolución no admite ni excluye a nadie.</source>
      <translation>Nenhum marcado: a resolução não admite nem exclui ninguém.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>No hay ciudades solicitantes. Registre la solicitud en Miembros › «Solicitud de ingreso…».</source>
      <translation>Não há cidades solicitantes. Registre a solicitação em Membros › “Solicitação de adesão…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>No hay miembros para excluir.</source>
      <translation>Não há membros para excluir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Por omisión, el día siguiente a la sesión.</source>
      <translation>Por padrão, o dia seguinte à sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Punto:</source>
      <translation>Item:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Quien se admite no integra la sesión que lo admite.</source>
      <translation>Quem é admitido não integra a sessão que o admite.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Quien se excluye integró la sesión que lo excluye.</source>
      <translation>Quem é excluído integrou a sessão que o exclui.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Rige desde:</source>
      <translation>Vigora a partir de:</translation>
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
      <source>Visto… Considerando… Por ello, se resuelve: Artículo 1.º…</source>
      <translation>Visto… Considerando… Por isso, resolve-se: Artigo 1.º…</translation>
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
    <name>DialogoSolicitud</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>(optativa)</source>
      <translation>(opcional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Elija un país…</source>
      <translation>Escolha um país…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Fecha de la solicitud:</source>
      <translation>Data da solicitação:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Nombre:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>País:</source>
      <translation>País:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Población:</source>
      <translation>População:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>aaaa</source>
      <translation>aaaa</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>habitantes en</source>
      <translation>habitantes em</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>nombre de la ciudad</source>
      <translation>nome da cidade</translation>
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
      <source>Motivo del traspaso anticipado:</source>
      <translation>Motivo da transmissão antecipada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Traspaso de la Secretaría Ejecutiva</source>
      <translation>Transmissão da Secretaria Executiva</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: renuncia de la ciudad en ejercicio</source>
      <translation>por exemplo: renúncia da cidade em exercício</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>— la siguiente según el orden de sucesión —</source>
      <translation>— a seguinte na ordem de sucessão —</translation>
    </message>
  </context>
  <context>
    <name>DialogoVerificarBase</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>AVISO: {0}</source>
      <translation>AVISO: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Faltan cambios que vio el testigo (copia puesta a mano)</source>
      <translation>Faltam alterações que a testemunha viu (cópia colocada à mão)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Incidente {0} ({1})</source>
      <translation>Incidente {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>La base de datos está sana.</source>
      <translation>O banco de dados está íntegro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>La base tiene {0} problema(s): cada uno dice qué hacer.</source>
      <translation>O banco de dados tem {0} problema(s): cada um diz o que fazer.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>PROBLEMA: {0}</source>
      <translation>PROBLEMA: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Por qué: qué pasó y quién lo sabe (queda en la bitácora)</source>
      <translation>Por quê: o que aconteceu e quem sabe (fica no registro de auditoria)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Reconocer</source>
      <translation>Reconhecer</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Un incidente es algo que otro programa, no Escritorio, escribió en la base; una alarma del testigo, que faltan cambios que ya se habían guardado (por ejemplo, alguien copió a mano un respaldo viejo). Se informan cada vez hasta que una persona los explica; la explicación queda en la bitácora.</source>
      <translation>Um incidente é algo que outro programa, não o Escritorio, escreveu no banco de dados; um alarme da testemunha, que faltam alterações que já tinham sido salvas (por exemplo, alguém copiou à mão um backup antigo). São informados toda vez até que uma pessoa os explique; a explicação fica no registro de auditoria.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Verificar la base</source>
      <translation>Verificar o banco de dados</translation>
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
      <source> (segunda vuelta por {0})</source>
      <translation> (segundo turno para {0})</translation>
    </message>
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
      <source>Confirmadas: {0} de {1}</source>
      <translation>Confirmadas: {0} de {1}</translation>
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
      <source>Electas: {0} de {1}</source>
      <translation>Eleitas: {0} de {1}</translation>
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
      <location filename="../../escritorio/datos/respaldo.py" />
      <source> (asociación {0}, {1} miembros)</source>
      <translation> (associação {0}, {1} membros)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source> (de 1900 a {0})</source>
      <translation> (de 1900 a {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source> (dice «{0}»)</source>
      <translation> (diz “{0}”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source> (en la columna «{0}»)</source>
      <translation> (na coluna “{0}”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (la declara quien firma)</source>
      <translation> (declarada por quem assina)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source> (línea {0})</source>
      <translation> (linha {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (sello de tiempo)</source>
      <translation> (carimbo do tempo)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source> (sesión del {0})</source>
      <translation> (sessão de {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source> (sin asociaciones)</source>
      <translation> (sem associações)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source> (ya figura como retirado)</source>
      <translation> (já consta como retirado)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source> Nº {0}</source>
      <translation> nº {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <source> al {0}</source>
      <translation> a {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source> en {0}</source>
      <translation> em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source> mes</source>
      <translation> mês</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source> meses</source>
      <translation> meses</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source> o </source>
      <translation> ou </translation>
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
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>&amp;Llevar una sesión de viaje…</source>
      <translation>&amp;Levar uma sessão em viagem…</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>(Sin texto.)</source>
      <translation>(Sem texto.)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>(columnas ignoradas: {0})</source>
      <translation>(colunas ignoradas: {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>(el quórum ordinario)</source>
      <translation>(o quórum ordinário)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>(la mayoría ordinaria)</source>
      <translation>(a maioria ordinária)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>(la regla del órgano)</source>
      <translation>(a regra do órgão)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>(ninguno)</source>
      <translation>(nenhum)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>(no encontrada)</source>
      <translation>(não encontrada)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>(ocupado por {0} en su nombre)</source>
      <translation>(ocupado por {0} em seu nome)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>(sin dato)</source>
      <translation>(sem dado)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>(sin sellar)</source>
      <translation>(sem selo)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/conflictos.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>(vacío)</source>
      <translation>(vazio)</translation>
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
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>, hasta el {0}</source>
      <translation>, até {0}</translation>
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
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>, valor «{0}»</source>
      <translation>, valor “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>, {0} con importe distinto al emitido (no se modifican)</source>
      <translation>, {0} com valor diferente do emitido (não são alterados)</translation>
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
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>1 mandato empieza después y no se modifica</source>
      <translation>1 mandato começa depois e não é alterado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>1 miembro dado de baja no se cuenta</source>
      <translation>1 membro desligado não é contado</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <source>1 puesto</source>
      <translation>1 lugar</translation>
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
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>1 ya electa para el período</source>
      <translation>1 já eleita para o período</translation>
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
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>; queda {0} a favor del miembro</source>
      <translation>; fica {0} a favor do membro</translation>
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
      <location filename="../../escritorio/datos/conexion.py" />
      <source>A la base {0} le faltan cambios que ya se habían guardado: su testigo ({1}) vio el sello {2} de la bitácora y {3}, o ese sello cambió (notado el {4}). Alguien borró o rehízo registros, o copió a mano un respaldo más viejo sobre la base. Qué hacer: vea el detalle en Archivo → Verificar la base… (o con «escritorio verificar»). Si usted copió un respaldo a mano, explíquelo allí (o con «escritorio verificar --restauracion-manual --motivo …»); si no, restaure el último respaldo sano (Archivo → Restaurar respaldo…). Este aviso sigue hasta que alguien lo explique.</source>
      <translation>Ao banco de dados {0} faltam alterações que já tinham sido salvas: a testemunha ({1}) viu o selo {2} do registro de auditoria e {3}, ou esse selo mudou (notado em {4}). Alguém apagou ou refez registros, ou copiou à mão um backup mais antigo sobre o banco de dados. O que fazer: veja o detalhe em Arquivo → Verificar o banco de dados… (ou com «escritorio verificar»). Se você copiou um backup à mão, explique ali (ou com «escritorio verificar --restauracion-manual --motivo …»); se não, restaure o último backup são (Arquivo → Restaurar backup…). Este aviso continua até que alguém o explique.</translation>
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
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>A {0} se imputan {1} pero su saldo es {2}.</source>
      <translation>A {0} são imputados {1}, mas seu saldo é {2}.</translation>
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
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>ATENCIÓN — {0}</source>
      <translation>ATENÇÃO — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>ATENCIÓN: el respaldo elegido es de OTRA base, no de esta.

</source>
      <translation>ATENÇÃO: o backup escolhido é de OUTRO banco de dados, não deste.

</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>AVISO: {0}</source>
      <translation>AVISO: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Abre el mandato de {0}: {1} — {2}, desde el {3}{4}</source>
      <translation>Abre o mandato de {0}: {1} — {2}, a partir de {3}{4}</translation>
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
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Abrir una base de este equipo</source>
      <translation>Abrir um banco de dados deste computador</translation>
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
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Acta</source>
      <translation>Ata</translation>
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
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Acta de la sesión N.º {0} del {1} ({2})</source>
      <translation>Ata da sessão n.º {0} — {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Acta de la {0} modificada: {1}</source>
      <translation>Ata da {0} alterada: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Acta de la {0} {1}</source>
      <translation>Ata da {0} {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Acta que la contiene</source>
      <translation>Ata que a contém</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Acta {0}</source>
      <translation>Ata {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actas</source>
      <translation>Atas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividad «{0}» {1} modificada</source>
      <translation>Atividade “{0}” {1} alterada</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividad «{0}» {1} quitada</source>
      <translation>Atividade “{0}” {1} removida</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividad «{0}» {1} registrada</source>
      <translation>Atividade “{0}” {1} registrada</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividades</source>
      <translation>Atividades</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
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
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Adhieren sin ser miembros ({0}): {1}.</source>
      <translation>Aderem sem ser membros ({0}): {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Adhieren sin ser miembros: {0}</source>
      <translation>Aderem sem ser membros: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Admisión de miembros</source>
      <translation>Adesão de membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Admite a {0} ({1}) desde el {2}</source>
      <translation>Admite {0} ({1}) a partir de {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Admitido por {0}{1}, desde el {2}</source>
      <translation>Admitido por {0}{1}, a partir de {2}</translation>
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
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>Al devolver la sesión {0}, la tabla «{1}» no quedó igual a la copia: no se guardó nada en el servidor y la sesión sigue llevada.</source>
      <translation>Ao devolver a sessão {0}, a tabela “{1}” não ficou igual à cópia: nada foi salvo no servidor e a sessão continua levada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta de la asociación {0}</source>
      <translation>Criação da associação {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta de {0} ({1}) como miembro</source>
      <translation>Adesão de {0} ({1}) como membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta del órgano {0}</source>
      <translation>Criação do órgão {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta en {0}{1}</source>
      <translation>Inclusão em {0}{1}</translation>
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
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Apertura</source>
      <translation>Abertura</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
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
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Archivo</source>
      <translation>Arquivo</translation>
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
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Archivo {0}</source>
      <translation>Arquivo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Archivo: {0}</source>
      <translation>Arquivo: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Artículo</source>
      <translation>Artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo de la baja</source>
      <translation>Artigo do desligamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo de la convocatoria</source>
      <translation>Artigo da convocação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo de la mayoría ({0})</source>
      <translation>Artigo da maioria ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo de la tolerancia</source>
      <translation>Artigo da tolerância</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo de la tolerancia: {0}.</source>
      <translation>Artigo da tolerância: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo de los poderes</source>
      <translation>Artigo das procurações</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo del ingreso</source>
      <translation>Artigo da adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo del quórum ({0})</source>
      <translation>Artigo do quórum ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Artículo {0}</source>
      <translation>Artigo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Artículo {0} de {1}: derogado desde el {2}</source>
      <translation>Artigo {0} de {1}: revogado desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Artículo {0} de {1}: texto vigente desde el {2}</source>
      <translation>Artigo {0} de {1}: texto em vigor desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>Artículo {0} — {1}</source>
      <translation>Artigo {0} — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>Artículo: {0}.</source>
      <translation>Artigo: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo: {0}. No se cambió la regla.</source>
      <translation>Artigo: {0}. A regra não foi alterada.</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Asamblea</source>
      <translation>Assembleia</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Asambleas</source>
      <translation>Assembleias</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Asientos de oficio por el cargo en otro órgano</source>
      <translation>Membros natos pelo cargo em outro órgão</translation>
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
      <source>Asistencia de {0} quitada de la {1}</source>
      <translation>Presença de {0} removida da {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Asistencia «{0}» desconocida; use presente, ausente o excusado.</source>
      <translation>Presença “{0}” desconhecida; use presente, ausente ou excusado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Asociación</source>
      <translation>Associação</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
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
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Atribuciones</source>
      <translation>Atribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Autoridad</source>
      <translation>Autoridade</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridad de {0} corregida: {1}</source>
      <translation>Autoridade de {0} corrigida: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridad de {0} quitada: {1}</source>
      <translation>Autoridade de {0} removida: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridad de {0} registrada: {1}</source>
      <translation>Autoridade de {0} registrada: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Autoridad: {0} → {1} ({2})</source>
      <translation>Autoridade: {0} → {1} ({2})</translation>
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Año</source>
      <translation>Ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Baja</source>
      <translation>Desligado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Baja de {0} desde el {1}</source>
      <translation>Desligamento de {0} desde {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Base</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Base de Escritorio (*.db)</source>
      <translation>Base do Escritorio (*.db)</translation>
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
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Base «{0}» desconocida para una elección; use {1}.</source>
      <translation>Base “{0}” desconhecida para uma eleição; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Base «{0}» desconocida; use {1}.</source>
      <translation>Base “{0}” desconhecida; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Base:</source>
      <translation>Base:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrado de la asociación {0}</source>
      <translation>Exclusão da associação {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrado del órgano {0}</source>
      <translation>Exclusão do órgão {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrado en {0}{1}</source>
      <translation>Exclusão em {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrador</source>
      <translation>Rascunho</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrador del acta de la {0}</source>
      <translation>Rascunho da ata da {0}</translation>
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
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Cada voto nominal es a_favor, en_contra o abstencion.</source>
      <translation>Cada voto nominal é a_favor, en_contra ou abstencion.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Cada voto nominal es para una candidatura de esta elección, en blanco o abstención.</source>
      <translation>Cada voto nominal é para uma candidatura desta eleição, em branco ou abstenção.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Calidad</source>
      <translation>Condição</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Calidad «{0}» desconocida; use invitado u observador.</source>
      <translation>Condição “{0}” desconhecida; use invitado ou observador.</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en el órgano {0}: {1}</source>
      <translation>Alteração no órgão {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en la ficha de {0}: {1}</source>
      <translation>Alteração na ficha de {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en la {0}: {1}</source>
      <translation>Alteração na {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en los datos de la asociación {0}: {1}</source>
      <translation>Alteração nos dados da associação {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en {0}{1}</source>
      <translation>Alteração em {0}{1}</translation>
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
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Cancelar el viaje de una sesión</source>
      <translation>Cancelar a viagem de uma sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Cancelar el viaje de una sesión…</source>
      <translation>Cancelar a viagem de uma sessão…</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Candidatura</source>
      <translation>Candidatura</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}</source>
      <translation>Candidatura de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}: electa ({1}.º)</source>
      <translation>Candidatura de {0}: eleita ({1}º lugar)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}: mandato registrado</source>
      <translation>Candidatura de {0}: mandato registrado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}: {1} votos</source>
      <translation>Candidatura de {0}: {1} votos</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Cantidad fija de puestos</source>
      <translation>Número fixo de lugares</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Carga del {0} «{1}»</source>
      <translation>Inclusão do {0} “{1}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Cargo</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Cargo del representante</source>
      <translation>Cargo do representante</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cargo que se elige</source>
      <translation>Cargo em eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Cargo {0}</source>
      <translation>Lançamento {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Cargo «{0}» desconocido; use {1}.</source>
      <translation>Cargo “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Carpeta</source>
      <translation>Pasta</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Carta</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Categoría</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Categoría: «{0}» desconocida; use {1}.</source>
      <translation>Categoria: “{0}” desconhecida; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Categorías de los países</source>
      <translation>Categorias dos países</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cheque</source>
      <translation>Cheque</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Cierre</source>
      <translation>Encerramento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Cierre primero la elección de este punto.</source>
      <translation>Encerre primeiro a eleição deste item.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Cierre primero la elección: la segunda vuelta sale de su resultado.</source>
      <translation>Encerre primeiro a eleição: o segundo turno depende do seu resultado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Cierre primero la elección: se confirma la candidatura electa.</source>
      <translation>Encerre primeiro a eleição: o que se confirma é a candidatura eleita.</translation>
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
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Columna</source>
      <translation>Coluna</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Comisiones directivas</source>
      <translation>Comissões diretivas</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Comisión Directiva</source>
      <translation>Comissão Diretiva</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Comisión Directiva: {0} (anterior), {1} (actual), {2} (siguiente)</source>
      <translation>Comissão Diretiva: {0} (anterior), {1} (atual), {2} (seguinte)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Comité</source>
      <translation>Comitê</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
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
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Compárela con el texto nuevo y, si sigue valiendo, márquela revisada (Órganos, aviso «Reglas que citan un texto reformado», o «escritorio estatutos reglas --revisar {0}»).</source>
      <translation>Compare-a com o texto novo e, se continuar valendo, marque-a como revisada (Órgãos, aviso “Regras que citam um texto reformado”, ou “escritorio estatutos reglas --revisar {0}”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Con el tipo de cambio {0}, el pago equivale a más de {1} {2}, el máximo: revise el tipo de cambio ({3} por 1 {1}).</source>
      <translation>Com a taxa de câmbio {0}, o pagamento equivale a mais de {1} {2}, o máximo: verifique a taxa de câmbio ({3} por 1 {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Con el tipo de cambio {0}, el pago equivale a {1}: revise el tipo de cambio ({2} por 1 {3}).</source>
      <translation>Com a taxa de câmbio {0}, o pagamento equivale a {1}: verifique a taxa de câmbio ({2} por 1 {3}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>Con esa corrección el mandato terminaría antes de empezar.</source>
      <translation>Com essa correção, o mandato terminaria antes de começar.</translation>
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
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Con {0} se pediría menos. Vote con la regla, o con una más exigente (más fracción, o una base más amplia) y el motivo del cambio.</source>
      <translation>Com {0} se exigiria menos. Vote com a regra ou com uma mais exigente (fração maior ou base mais ampla), informando o motivo da mudança.</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
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
      <source>Contacto de {0} agregado: {1}</source>
      <translation>Contato de {0} adicionado: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Contacto de {0} modificado: {1}</source>
      <translation>Contato de {0} alterado: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Contacto de {0} quitado: {1}</source>
      <translation>Contato de {0} removido: {1}</translation>
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
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Convocada el</source>
      <translation>Convocada em</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Convocatoria de la {0}</source>
      <translation>Convocação da {0}</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Coordinador</source>
      <translation>Coordenador</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Copia de viaje</source>
      <translation>Cópia de viagem</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Copia de viaje de la sesión {0} (de {1}) — al volver: Archivo → Devolver la sesión al servidor</source>
      <translation>Cópia de viagem da sessão {0} (de {1}) — ao voltar: Arquivo → Devolver a sessão ao servidor</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Corrección del mandato de {0}: fin {1} → {2} ({3})</source>
      <translation>Correção do mandato de {0}: término {1} → {2} ({3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Corrección del mandato de {0}: inicio {1} → {2} ({3})</source>
      <translation>Correção do mandato de {0}: início {1} → {2} ({3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Corrección del mandato de {0}: {1} {2} → {3} ({4})</source>
      <translation>Correção do mandato de {0}: {1} {2} → {3} ({4})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Correo</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Corresponde una segunda vuelta entre {0} por {1}.</source>
      <translation>Cabe um segundo turno entre {0} para {1}.</translation>
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Cuotas impagas que suspenden el voto</source>
      <translation>Contribuições não pagas que suspendem o voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Cuotas impagas que suspenden el voto: {0}. Debe ser 1 o más (sin valor, nadie pierde el voto por deudas); no se cambió la regla.</source>
      <translation>Contribuições não pagas que suspendem o voto: {0}. Deve ser 1 ou mais (sem valor, ninguém perde o voto por dívidas); a regra não foi alterada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Cuotas y presupuesto</source>
      <translation>Contribuições e orçamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <source>Cuotas {0}</source>
      <translation>Contribuições {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Código</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/verificacion.py" />
      <source>Código de verificación</source>
      <translation>Código de verificação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Código de verificación: {0}</source>
      <translation>Código de verificação: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Código oficial</source>
      <translation>Código oficial</translation>
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
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Decisión</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Declaración</source>
      <translation>Declaração</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Defina primero qué cargo se elige en el punto «{0}».</source>
      <translation>Defina primeiro qual cargo está em eleição no item “{0}”.</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Descripción</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Desde</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Desde el año siguiente</source>
      <translation>A partir do ano seguinte</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
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
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Dev&amp;olver la sesión al servidor…</source>
      <translation>Dev&amp;olver a sessão ao servidor…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Devolver la sesión al servidor</source>
      <translation>Devolver a sessão ao servidor</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Director</source>
      <translation>Diretor</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
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
      <source>Documento emitido: {0} (código {1})</source>
      <translation>Documento emitido: {0} (código {1})</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Días de anticipación</source>
      <translation>Dias de antecedência</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Días de anticipación: {0} es demasiado; escriba de 0 a 3650 días.</source>
      <translation>Dias de antecedência: {0} é demais; digite de 0 a 3650 dias.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Días de atraso</source>
      <translation>Dias de atraso</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Días: «{0}» no es posible; escriba de 0 a 3660.</source>
      <translation>Dias: “{0}” não é possível; digite de 0 a 3660.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El acta N.º {0} ({1}) fue cambiada por fuera de Escritorio: su texto ya no es el que se aprobó (no coincide con su huella SHA-256 o con la bitácora). No se imprime, para no dar por buena una copia alterada. Corra «escritorio verificar» para ver qué más cambió y restaure el respaldo más reciente que verifique sano (Archivo &gt; Restaurar respaldo, o «escritorio respaldo restaurar»).</source>
      <translation>A ata n.º {0} ({1}) foi alterada fora do Escritorio: seu texto não é mais o que foi aprovado (não coincide com seu hash SHA-256 ou com o registro de auditoria). Ela não é impressa, para não validar uma cópia adulterada. Execute “escritorio verificar” para ver o que mais mudou e restaure o backup mais recente que se verifique íntegro (Arquivo &gt; Restaurar backup, ou “escritorio respaldo restaurar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El acta aprobada de la base ya no es la de este documento.</source>
      <translation>A ata aprovada do banco de dados não é mais a deste documento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El acta aprobada no se modifica. La fe de erratas queda con la fecha de hoy ({0}) y se imprime al final del acta.</source>
      <translation>A ata aprovada não é modificada. A errata fica com a data de hoje ({0}) e é impressa no final da ata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El acta de esta sesión ya está aprobada: el registro no se modifica. Las correcciones van en una fe de erratas.</source>
      <translation>A ata desta sessão já está aprovada: o registro não é modificado. As correções vão em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>El acta de la sesión que adoptó la {0} está aprobada: la firma de un miembro es parte de ese registro y ya no se agrega (agregue una fe de erratas al acta).</source>
      <translation>A ata da sessão que adotou a {0} está aprovada: a assinatura de um membro faz parte desse registro e não pode mais ser adicionada (adicione uma errata à ata).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>El acta de la sesión {0} ({1}, {2}) está en borrador: solo se firma digitalmente un acta aprobada. Apruébela primero (pestaña Acta, «Aprobar…», o «escritorio sesiones aprobar-acta {0} --resolucion N»). No se firmó nada.</source>
      <translation>A ata da sessão {0} ({1}, {2}) está em rascunho: só se assina digitalmente uma ata aprovada. Aprove-a primeiro (aba Ata, “Aprovar…”, ou “escritorio sesiones aprobar-acta {0} --resolucion N”). Nada foi assinado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>El acta de la sesión {0} ya está aprobada: no queda nada que registrar fuera de la oficina.</source>
      <translation>A ata da sessão {0} já está aprovada: não há mais nada a registrar fora do escritório.</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El acta que la contiene tiene fe de erratas (la última del {0}); revise si alguna toca esta resolución.</source>
      <translation>A ata que a contém tem errata (a última de {0}); verifique se alguma afeta esta resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El acta se aprueba en la misma sesión o en una posterior, no en una anterior.</source>
      <translation>A ata é aprovada na mesma sessão ou em uma posterior, não em uma anterior.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El acta ya está aprobada.</source>
      <translation>A ata já está aprovada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El acta ya no figura aprobada en la base: fue cambiada por fuera de Escritorio.</source>
      <translation>A ata não consta mais como aprovada no banco de dados: foi alterada fora do Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El acta ya tiene su PDF firmado adjunto: no se reemplaza. Si hay un error, regístrelo en una fe de erratas.</source>
      <translation>A ata já tem seu PDF assinado anexado: ele não é substituído. Se houver um erro, registre-o em uma errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El archivo es idéntico a {0} según el registro de documentos de la base, pero ese registro no está en la bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. No se da por auténtico. Corra «escritorio verificar» (en un servidor, avise a quien lo administra).</source>
      <translation>O arquivo é idêntico a {0} segundo o cadastro de documentos do banco de dados, mas esse cadastro não está no registro de auditoria selado: foi incluído ou alterado por fora do Escritorio e não prova nada. Não é dado como autêntico. Execute “escritorio verificar” (em um servidor, avise quem o administra).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El archivo firmado debe ser un PDF.</source>
      <translation>O arquivo assinado deve ser um PDF.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El archivo lleva el código {0} de {1} y su texto coincide con lo que la base registra, pero no es el archivo que emitió Escritorio: lo que muestra (dibujos, imágenes, texto tapado) no se puede garantizar. Compárelo con el original, o vuelva a generar el documento desde Escritorio (sale como copia, con el mismo código).</source>
      <translation>O arquivo tem o código {0} de {1} e seu texto coincide com o que o banco de dados registra, mas não é o arquivo que o Escritorio emitiu: o que ele mostra (desenhos, imagens, texto encoberto) não pode ser garantido. Compare-o com o original, ou gere o documento novamente no Escritorio (sai como cópia, com o mesmo código).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El archivo lleva el código {0} de {1}, pero no dice lo que ese documento dice:</source>
      <translation>O arquivo tem o código {0} de {1}, mas não diz o que esse documento diz:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El archivo lleva más de un código de verificación ({0}): el del texto no coincide con el de los metadatos.</source>
      <translation>O arquivo tem mais de um código de verificação ({0}): o do texto não coincide com o dos metadados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El archivo lleva más de un código de verificación ({0}): un documento emitido lleva uno solo.</source>
      <translation>O arquivo tem mais de um código de verificação ({0}): um documento emitido tem um só.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El archivo no lleva un código de verificación de Escritorio (ni en el texto ni en sus metadatos) y no es ninguno de los documentos emitidos por esta base.</source>
      <translation>O arquivo não tem um código de verificação do Escritorio (nem no texto nem nos metadados) e não é nenhum dos documentos emitidos por este banco de dados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El archivo tiene firmas digitales, pero no es ninguno de los PDF firmados que la base guarda: verifíquelas con «escritorio firma verificar».</source>
      <translation>O arquivo tem assinaturas digitais, mas não é nenhum dos PDFs assinados que o banco de dados guarda: verifique-as com “escritorio firma verificar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>El archivo {0} está dañado y no se puede leer. No se modificó. {1}</source>
      <translation>O arquivo {0} está danificado e não pode ser lido. Ele não foi modificado. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>El artículo {0} (línea {1}) no tiene texto.</source>
      <translation>O artigo {0} (linha {1}) não tem texto.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>El artículo {0} aparece dos veces (líneas {1} y {2}).</source>
      <translation>O artigo {0} aparece duas vezes (linhas {1} e {2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>El artículo {0} figura más de una vez en la reforma; deje un solo cambio por artículo.</source>
      <translation>O artigo {0} aparece mais de uma vez na reforma; deixe uma única alteração por artigo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>El artículo {0} quedaría sin texto; para quitarlo, derógelo.</source>
      <translation>O artigo {0} ficaria sem texto; para retirá-lo, revogue-o.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>El año {0}.</source>
      <translation>O ano {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El borrador del acta está incompleto (pestaña Acta): {0}. Complételo; «Proponer textos» escribe la apertura y el cierre con los datos de la sesión.</source>
      <translation>O rascunho da ata está incompleto (aba Ata): {0}. Complete-o; “Sugerir textos” escreve a abertura e o encerramento com os dados da sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>El cargo {0} es de una sola persona a la vez: no se eligen {1} en una votación. Elija otro cargo (titular, integrante…) o un solo puesto.</source>
      <translation>O cargo {0} é ocupado por uma só pessoa de cada vez: não se elegem {1} em uma votação. Escolha outro cargo (titular, integrante…) ou um único lugar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El cargo {0} no es un cargo pendiente de este miembro.</source>
      <translation>O lançamento {0} não é um lançamento pendente deste membro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El correo {0}.</source>
      <translation>O e-mail {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El código {0} figura en el registro de documentos de la base, pero ese registro no está en la bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. Corra «escritorio verificar» (en un servidor, avise a quien lo administra).</source>
      <translation>O código {0} consta do cadastro de documentos do banco de dados, mas esse cadastro não está no registro de auditoria selado: foi incluído ou alterado por fora do Escritorio e não prova nada. Execute “escritorio verificar” (em um servidor, avise quem o administra).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El código {0} que lleva el archivo no es de ningún documento emitido por esta base: es de otra base de datos, o es falso.</source>
      <translation>O código {0} que o arquivo tem não é de nenhum documento emitido por este banco de dados: é de outro banco de dados, ou é falso.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El código {0} ya pertenece a otro miembro.</source>
      <translation>O código {0} já pertence a outro membro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>El dato «{0}» de un mandato no se corrige así; use {1}.</source>
      <translation>O dado “{0}” de um mandato não é corrigido assim; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>El de cada asociación (Datos de la asociación)</source>
      <translation>O de cada associação (Dados da associação)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>El derecho a voto se corrige con sí (1) o no (0).</source>
      <translation>O direito a voto é corrigido com sim (1) ou não (0).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>El documento NO es el que se firmó, o se modificó después de firmarlo: no lo dé por bueno.</source>
      <translation>O documento NÃO é o que foi assinado, ou foi modificado depois de assinado: não o considere válido.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>El documento {0} de la copia ya figura en el servidor con otro código: no se devolvió nada. Avise a soporte con la copia y este mensaje.</source>
      <translation>O documento {0} da cópia já consta no servidor com outro código: nada foi devolvido. Avise o suporte, com a cópia e esta mensagem.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El día de referencia «{0}» no es un día válido (formato MM-DD, por ejemplo 01-01).</source>
      <translation>O dia de referência “{0}” não é um dia válido (formato MM-DD, por exemplo 01-01).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El día de vencimiento «{0}» no es un día válido (formato MM-DD, por ejemplo 01-01).</source>
      <translation>O dia de vencimento “{0}” não é um dia válido (formato MM-DD, por exemplo 01-01).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El fin del mandato no puede ser anterior a su inicio.</source>
      <translation>O fim do mandato não pode ser anterior ao início.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El importe del tramo desde {0} debe ser mayor que cero.</source>
      <translation>O valor da faixa a partir de {0} deve ser maior que zero.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El importe del tramo desde {0} es demasiado grande; el máximo es {1}.</source>
      <translation>O valor da faixa a partir de {0} é grande demais; o máximo é {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>El mandato de {0} en {1} empezó el {2} y su período{3} termina el {4}: faltan {5}. Un traspaso el {6} lo termina antes; indique el motivo (renuncia, elección anticipada…).</source>
      <translation>O mandato de {0} em {1} começou em {2} e seu período{3} termina em {4}: faltam {5}. Uma transmissão em {6} o encerra antes; indique o motivo (renúncia, eleição antecipada…).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El mandato termina antes de empezar.</source>
      <translation>O mandato termina antes de começar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>El mandato terminaría antes de empezar: revise las fechas «desde» y «hasta».</source>
      <translation>O mandato terminaria antes de começar: revise as datas “desde” e “até”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El miembro con id {0} no integra el órgano en la fecha de la sesión: no se registra su asistencia (los invitados y observadores van en la lista de invitados).</source>
      <translation>O membro com id {0} não integra o órgão na data da sessão: sua presença não é registrada (convidados e observadores vão na lista de convidados).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El miembro de este estado de cuenta ya no está en la base.</source>
      <translation>O membro deste extrato não está mais no banco de dados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El miembro no tiene cargos en {0}: el pago se imputa a los cargos en {1}.</source>
      <translation>O membro não tem lançamentos em {0}: o pagamento é imputado aos lançamentos em {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El miembro {0} no pertenece a esta asociación.</source>
      <translation>O membro {0} não pertence a esta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>El miembro {0} no pertenece a esta asociación: elija la ciudad entrante por su id («escritorio miembros listar»).</source>
      <translation>O membro {0} não pertence a esta associação: escolha a cidade que entra pelo id (“escritorio miembros listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>El miembro {0} no pertenece a esta asociación: elija otro responsable (los ids se ven con «miembros listar»).</source>
      <translation>O membro {0} não pertence a esta associação: escolha outro responsável (os ids podem ser vistos com “miembros listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>El miembro {0} no pertenece a esta asociación; si firma alguien que no es miembro, use --entidad y --tipo.</source>
      <translation>O membro {0} não pertence a esta associação; se quem assina não é membro, use --entidad e --tipo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El miembro {0} no tiene el contacto {1}; sus contactos, con su número, se ven en su ficha o con «miembros contactos {0}».</source>
      <translation>O membro {0} não tem o contato {1}; os contatos dele, com o número de cada um, podem ser vistos na ficha ou com “miembros contactos {0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El monto debe ser mayor que cero.</source>
      <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El máximo de poderes por miembro no puede ser negativo (0 = no se admiten poderes).</source>
      <translation>O máximo de procurações por membro não pode ser negativo (0 = não se admitem procurações).</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>El nombre de archivo «{0}» {1}: {2}. Escriba otro nombre para {3}.</source>
      <translation>O nome de arquivo “{0}” {1}: {2}. Escreva outro nome para {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El nombre del órgano está vacío.</source>
      <translation>O nome do órgão está vazio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>El nombre es obligatorio.</source>
      <translation>O nome é obrigatório.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>El orden del día se comunicará por separado.</source>
      <translation>A ordem do dia será comunicada separadamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>El padrón cambió mientras se preparaba la importación (otra importación u otra ventana guardó datos): se decidió de nuevo contra la base actual y estas cifras son las que se guardaron</source>
      <translation>O cadastro mudou enquanto a importação era preparada (outra importação ou outra janela salvou dados): decidiu-se novamente com base no banco de dados atual e estes números são os que foram salvos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El pago es en {0} y los cargos en {1}: indique el tipo de cambio ({0} por 1 {1}).</source>
      <translation>O pagamento é em {0} e os lançamentos em {1}: indique a taxa de câmbio ({0} por 1 {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El pago o sus imputaciones cambiaron desde que se emitió este recibo.</source>
      <translation>O pagamento ou suas imputações mudaram desde que este recibo foi emitido.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El pago ya no está en la base.</source>
      <translation>O pagamento não está mais no banco de dados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El pago {0} ya fue anulado el {1}: {2}.</source>
      <translation>O pagamento {0} já foi anulado em {1}: {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>El papel «{0}» no existe: use secretaria, tesoreria o consulta.</source>
      <translation>O papel “{0}” não existe: use secretaria, tesoreria ou consulta.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El primer tramo debe empezar en 0 habitantes (empieza en {0}).</source>
      <translation>A primeira faixa deve começar em 0 habitantes (começa em {0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>El puerto {0} no existe: es un número de 1 a 65535 (casi siempre 5432).</source>
      <translation>A porta {0} não existe: é um número de 1 a 65535 (quase sempre 5432).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El punto del que depende no pertenece a esta sesión.</source>
      <translation>O item do qual ele depende não pertence a esta sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>El punto «{0}» no es de tipo Elección: agregue al orden del día un punto de tipo Elección.</source>
      <translation>O item “{0}” não é do tipo Eleição: adicione à ordem do dia um item do tipo Eleição.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>El recibo está ANULADO desde el {0}: {1}.</source>
      <translation>O recibo está ANULADO desde {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>El respaldo elegido es la propia base en uso; elija un archivo de respaldo.</source>
      <translation>O backup escolhido é o próprio banco de dados em uso; escolha um arquivo de backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>El respaldo {0} es de otra base: no sirve para recuperar {1}. No se tocó nada.</source>
      <translation>O backup {0} é de outro banco de dados: não serve para recuperar {1}. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>El respaldo {0} está dañado. No se restauró nada; elija otro.</source>
      <translation>O backup {0} está danificado. Nada foi restaurado; escolha outro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>El respaldo {0}{1} es de OTRA base, no de {2}{3}. No se restauró nada. Si de verdad quiere reemplazar esta base por la otra, pídalo explícitamente (en la línea de órdenes, --de-otra-base); la base actual se guarda antes.</source>
      <translation>O backup {0}{1} é de OUTRO banco de dados, não de {2}{3}. Nada foi restaurado. Se você realmente quiser substituir este banco de dados pelo outro, peça isso explicitamente (na linha de comando, --de-otra-base); o banco de dados atual é guardado antes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor no tiene el usuario «{0}» ({1}). Pida a quien administra el servidor que le cree un usuario («escritorio servidor usuario»).</source>
      <translation>O servidor não tem o usuário “{0}” ({1}). Peça a quem administra o servidor que crie um usuário para você (“escritorio servidor usuario”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor no tiene la base indicada en {0}. Revise el nombre al final de la dirección, o pida a quien administra el servidor que la cree.</source>
      <translation>O servidor não tem o banco de dados indicado em {0}. Confira o nome no final do endereço ou peça a quem administra o servidor que o crie.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>El servidor pide la clave de {0}:</source>
      <translation>O servidor pede a senha de {0}:</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>El servidor rechazó el cambio ({0}): no se guardó nada.</source>
      <translation>O servidor recusou a alteração ({0}): nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor rechazó la clave del usuario «{0}» ({1}). Revise el usuario y la clave; si la olvidó, pida a quien administra el servidor que le asigne otra.</source>
      <translation>O servidor recusou a senha do usuário “{0}” ({1}). Confira o usuário e a senha; se você a esqueceu, peça a quem administra o servidor que defina outra.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor {0} pide una clave y no se indicó ninguna. Escríbala cuando se la pida Escritorio, o póngala en la variable PGPASSWORD.</source>
      <translation>O servidor {0} pede uma senha e nenhuma foi informada. Digite-a quando o Escritorio pedir ou coloque-a na variável PGPASSWORD.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>El texto aprobado queda congelado: cualquier cambio posterior altera la huella. Las correcciones se registran en la fe de erratas.</source>
      <translation>O texto aprovado fica congelado: qualquer alteração posterior muda o hash. As correções são registradas na errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El texto guardado del acta de esta sesión fue cambiado por fuera de Escritorio y ya no se puede leer. Corra «escritorio verificar» para ver qué más cambió y restaure el respaldo más reciente que verifique sano (Archivo &gt; Restaurar respaldo, o «escritorio respaldo restaurar»).</source>
      <translation>O texto salvo da ata desta sessão foi alterado fora do Escritorio e não pode mais ser lido. Execute “escritorio verificar” para ver o que mais mudou e restaure o backup mais recente que se verifique íntegro (Arquivo &gt; Restaurar backup, ou “escritorio respaldo restaurar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El tramo desde {0} habitantes está fuera de lo posible: la población va de 0 a {1}.</source>
      <translation>A faixa a partir de {0} habitantes está fora do possível: a população vai de 0 a {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>El viaje de la sesión {0} se canceló el {1} (lo canceló {2}: «{3}»): lo registrado en esta copia ya no vuelve. Haga esos cambios sobre el servidor. No se cambió nada.</source>
      <translation>A viagem da sessão {0} foi cancelada em {1} (cancelada por {2}: “{3}”): o que foi registrado nesta cópia não volta mais. Faça essas alterações no servidor. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El órgano superior elegido no existe en esta asociación.</source>
      <translation>O órgão superior escolhido não existe nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Elección de {0} abierta</source>
      <translation>Eleição de {0} aberta</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Elección de {0} cerrada</source>
      <translation>Eleição de {0} encerrada</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Elección de {0} confirmada: mandato registrado</source>
      <translation>Eleição de {0} confirmada: mandato registrado</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Elección de {0} por pluralidad de votos.</source>
      <translation>Eleição de {0} por pluralidade de votos.</translation>
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
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Elija cómo ingresó el miembro.</source>
      <translation>Escolha como o membro aderiu.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Elija el archivo del certificado (.p12 o .pfx) de quien firma. No se firmó nada.</source>
      <translation>Escolha o arquivo do certificado (.p12 ou .pfx) de quem assina. Nada foi assinado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Elija el miembro de la lista (escriba parte del nombre).</source>
      <translation>Escolha o membro na lista (digite parte do nome).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Elija el país del miembro.</source>
      <translation>Escolha o país do membro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Elija el tipo de miembro.</source>
      <translation>Escolha o tipo de membro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elija un PDF firmado con «Verificar otro PDF…».</source>
      <translation>Escolha um PDF assinado com “Verificar outro PDF…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Eliminación de {0} (alta por error)</source>
      <translation>Exclusão de {0} (adesão registrada por engano)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Emitido con {0}</source>
      <translation>Emitido com {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Emitido: {0} (hora UTC de la base)</source>
      <translation>Emitido: {0} (hora UTC do banco de dados)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate en el último puesto: {0}, con {1} cada una, para {2}.</source>
      <translation>Empate no último lugar: {0}, com {1} cada uma, para {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate entre {0}, con {1} cada una: no hay candidatura electa; corresponde una nueva votación entre ellas. {2}</source>
      <translation>Empate entre {0}, com {1} cada uma: não há candidatura eleita; cabe uma nova votação entre elas. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate entre {0}, de {1}, con {2} cada una, para {3} que le queda a {1} de su cupo de {4} ({5}).</source>
      <translation>Empate entre {0}, de {1}, com {2} cada uma, para {3}, o que resta a {1} da sua cota de {4} ({5}).</translation>
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
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>En el destino, {0} actas aprobadas ya no dan la huella con que se aprobaron: no se guardó nada en el destino.</source>
      <translation>No destino, {0} atas aprovadas não conferem mais com o hash com que foram aprovadas: nada foi salvo no destino.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>En el modo servidor, los respaldos son tarea del servidor: quien lo administra los hace con pg_dump y los restaura con pg_restore (README, «Varias personas»). Escritorio no hace ni restaura respaldos de una base del servidor. Para tener además una copia de la base en este equipo: «escritorio servidor copia URL ARCHIVO».</source>
      <translation>No modo servidor, os backups são tarefa do servidor: quem o administra os faz com pg_dump e os restaura com pg_restore (README, “Varias personas”). O Escritorio não faz nem restaura backups de um banco de dados do servidor. Para ter também uma cópia do banco neste computador: “escritorio servidor copia URL ARQUIVO”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>En la copia, el acta aprobada de la sesión {0} no coincide con su registro (se cambió por fuera de Escritorio): no se devuelve. Corra «escritorio verificar» sobre la copia.</source>
      <translation>Na cópia, a ata aprovada da sessão {0} não coincide com o seu registro (foi alterada fora do Escritorio): não é devolvida. Execute “escritorio verificar” sobre a cópia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>En segunda convocatoria, con la presencia de {0} de {1} {2}, la sesión se realiza con los presentes{3}.</source>
      <translation>Em segunda convocação, com a presença de {0} de {1} {2}, a sessão é realizada com os presentes{3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>En una elección, la mayoría simple es la candidatura más votada: no se cuenta sobre {0}. Deje la base en «emitidos», o elija mayoría absoluta {1}.</source>
      <translation>Em uma eleição, a maioria simples é a candidatura mais votada: não se calcula sobre {0}. Deixe a base em “emitidos” ou escolha maioria absoluta {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>En {0}, el {1}, siendo las {2} horas, se reúne en {3} {4}, con la asistencia que se detalla a continuación.</source>
      <translation>Em {0}, {1}, às {2} horas, reúne-se em {3} {4}, com a presença detalhada a seguir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Encabezado</source>
      <translation>Cabeçalho</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Enlace</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <source>Enlace virtual</source>
      <translation>Link virtual</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Entidad</source>
      <translation>Entidade</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Es un PDF firmado digitalmente que la base guarda ({0}).</source>
      <translation>É um PDF assinado digitalmente que o banco de dados guarda ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Escala de cuotas desde el {0} ({1})</source>
      <translation>Tabela de contribuições desde {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Escala de cuotas {0} ({1}), vigente desde el {2}{3}</source>
      <translation>Tabela de contribuições {0} ({1}), vigente desde {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escala modificada de {0} en {1}, del {2}{3}</source>
      <translation>Tabela alterada de {0} em {1}, de {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escala nueva de {0} en {1}, del {2}{3}</source>
      <translation>Nova tabela de {0} em {1}, de {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escala quitada de {0} en {1}, del {2}{3}</source>
      <translation>Tabela removida de {0} em {1}, de {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escalas de cuotas</source>
      <translation>Tabelas de contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Escriba el motivo por el que termina el mandato (queda en la historia del órgano; por ejemplo: Renuncia, Fin del período). No se terminó el mandato.</source>
      <translation>Digite o motivo pelo qual o mandato termina (fica no histórico do órgão; por exemplo: Renúncia, Fim do período). O mandato não foi encerrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Escriba el nombre de la autoridad.</source>
      <translation>Escreva o nome da autoridade.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Escriba el nombre del contacto.</source>
      <translation>Escreva o nome do contato.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Escriba el texto de la fe de erratas.</source>
      <translation>Digite o texto da errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Escriba el título de la actividad.</source>
      <translation>Digite o título da atividade.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Escriba el título de la norma (por ejemplo: «Estatuto de la Red»).</source>
      <translation>Digite o título da norma (por exemplo: “Estatuto da Rede”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Escriba el título de la resolución.</source>
      <translation>Digite o título da resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Escriba el título del punto del orden del día.</source>
      <translation>Digite o título do item da ordem do dia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>Escriba las fechas como aaaa-mm-dd (por ejemplo 2024-04-05), que no tiene dos lecturas, o indique el orden: en la línea de órdenes, «--fechas dd/mm» o «--fechas mm/dd»; en el asistente de importación, elija el orden de las fechas en el paso «Indicar las columnas»</source>
      <translation>Escreva as datas como aaaa-mm-dd (por exemplo 2024-04-05), que não tem duas leituras, ou indique a ordem: na linha de comando, “--fechas dd/mm” ou “--fechas mm/dd”; no assistente de importação, escolha a ordem das datas na etapa “Indicar as colunas”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/formularios.py" />
      <source>Escriba parte del nombre…</source>
      <translation>Digite parte do nome…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Escritorio volvió a abrir la base tal como está en el disco. Lo último que se guardó desde esta ventana no llegó a ella: quedó copiado en
{0}

Ábralo con Archivo → Abrir para ver qué falta y vuelva a cargarlo en la base.</source>
      <translation>O Escritorio reabriu o banco de dados tal como está no disco. O que foi salvo por último nesta janela não chegou a ele: ficou copiado em
{0}

Abra-o com Arquivo → Abrir para ver o que falta e cadastre-o de novo no banco de dados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Escritorio volvió a abrir la base y la comprobó entera: está todo lo que se había guardado, no se perdió nada. Si estaba escribiendo algo en ese momento, revise que esté.</source>
      <translation>O Escritorio reabriu o banco de dados e o verificou inteiro: está tudo o que tinha sido salvo, nada se perdeu. Se você estava escrevendo algo nesse momento, confira se está lá.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>Ese miembro ya lleva {0} poder; el máximo es {1}{2}. No se registró el poder de {3} a {4} en la sesión del {5}: así lo dicen {6}; elija a otro portador.</source>
      <translation>Esse membro já porta {0} procuração; o máximo é {1}{2}. A procuração de {3} para {4} na sessão de {5} não foi registrada: é o que determinam {6}; escolha outro procurador.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>Ese miembro ya lleva {0} poderes; el máximo es {1}{2}. No se registró el poder de {3} a {4} en la sesión del {5}: así lo dicen {6}; elija a otro portador.</source>
      <translation>Esse membro já porta {0} procurações; o máximo é {1}{2}. A procuração de {3} para {4} na sessão de {5} não foi registrada: é o que determinam {6}; escolha outro procurador.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Esta base es la copia de viaje de la sesión {0}: confirmar la elección registra un mandato en la composición del órgano, que no viajó con la sesión. El resultado de la elección ya está guardado y vuelve con la sesión; confírmela sobre el servidor después de devolverla.</source>
      <translation>Esta base é a cópia de viagem da sessão {0}: confirmar a eleição registra um mandato na composição do órgão, que não viajou com a sessão. O resultado da eleição já está salvo e volta com a sessão; confirme-a no servidor depois de devolvê-la.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>Esta base es la copia de viaje de la sesión {0}: en ella solo se registra esa sesión (y se emiten sus documentos), lo único que vuelve al servidor. No se guardó nada ({1}): haga ese cambio sobre el servidor.</source>
      <translation>Esta base é a cópia de viagem da sessão {0}: nela só se registra essa sessão (e se emitem os seus documentos), a única coisa que volta ao servidor. Nada foi salvo ({1}): faça essa alteração no servidor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Esta base tiene varias asociaciones ({0}): indique cuál con --asociacion SIGLA.</source>
      <translation>Este banco de dados tem várias associações ({0}): indique qual com --asociacion SIGLA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Esta elección ya fue confirmada: su mandato está registrado.</source>
      <translation>Esta eleição já foi confirmada: o mandato está registrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Esta elección ya tiene su segunda vuelta («{0}»).</source>
      <translation>Esta eleição já tem seu segundo turno (“{0}”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Estado</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Estado de cuenta</source>
      <translation>Extrato de conta</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Estado de cuenta de {0} al {1}</source>
      <translation>Extrato de conta de {0} em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Estado desde</source>
      <translation>Situação desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Estado «{0}» desconocido; use {1}.</source>
      <translation>Situação “{0}” desconhecida; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estados de los miembros</source>
      <translation>Situações dos membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estatuto</source>
      <translation>Estatuto</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estatuto y reglamentos</source>
      <translation>Estatuto e regimentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Este punto es de {0}: la regla pide {1}. Para votar con {2} escriba el motivo del cambio (queda en el acta); si no, vote con la regla.</source>
      <translation>Este item trata de {0}: a regra exige {1}. Para votar com {2}, digite o motivo da mudança (fica na ata); caso contrário, vote com a regra.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Este punto es una decisión ordinaria: la regla pide {0}. Para votar con {1} escriba el motivo del cambio (queda en el acta); si no, vote con la regla.</source>
      <translation>Este item é uma decisão ordinária: a regra exige {0}. Para votar com {1}, digite o motivo da mudança (fica na ata); caso contrário, vote com a regra.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Este punto es una elección entre candidaturas: registre los votos de cada candidatura.</source>
      <translation>Este item é uma eleição entre candidaturas: registre os votos de cada candidatura.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Este punto no tiene una elección definida.</source>
      <translation>Este item não tem uma eleição definida.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Este punto ya fue votado; la votación cerrada no se repite.</source>
      <translation>Este item já foi votado; a votação encerrada não se repete.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Este punto ya se votó por sí o por no: no se le agrega una elección.</source>
      <translation>Este item já foi votado por sim ou não: não se adiciona uma eleição a ele.</translation>
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
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Excluido por {0}{1}, desde el {2}</source>
      <translation>Excluído por {0}{1}, a partir de {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Exclusión de miembros</source>
      <translation>Exclusão de membros</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Excluye a {0} ({1}) desde el {2}</source>
      <translation>Exclui {0} ({1}) a partir de {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Exención del {0} % a {1} en {2}: {3}</source>
      <translation>Isenção de {0}% para {1} em {2}: {3}</translation>
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
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
      <location filename="../../escritorio/dominio/normas.py" />
      <source>Falta el artículo {0} (¿un encabezado mal escrito?).</source>
      <translation>Falta o artigo {0} (um cabeçalho escrito errado?).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Falta la regla general (ordinaria) de quórum.</source>
      <translation>Falta a regra geral (ordinária) de quórum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Falta {0}. Se lo da quien administra el servidor (por ejemplo: equipo SECRETARIA-01, base escritorio, usuario ana).</source>
      <translation>Falta {0}. Quem administra o servidor informa isso a você (por exemplo: computador SECRETARIA-01, banco escritorio, usuário ana).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>Faltan los artículos {0} (¿un encabezado mal escrito?).</source>
      <translation>Faltam os artigos {0} (um cabeçalho escrito errado?).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Fe de erratas</source>
      <translation>Errata</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Fe de erratas en el acta de la {0}</source>
      <translation>Errata na ata da {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Fecha</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Fecha de aprobación</source>
      <translation>Data de aprovação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>Fecha de corte</source>
      <translation>Data de corte</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Fecha de fundación</source>
      <translation>Data de fundação</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Fecha de ingreso</source>
      <translation>Data de adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Fecha de ingreso: {0}.</source>
      <translation>Data de adesão: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Fecha del pago</source>
      <translation>Data do pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Fecha del pago: {0}.</source>
      <translation>Data do pagamento: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Fecha del traspaso</source>
      <translation>Data da transmissão</translation>
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
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Fila</source>
      <translation>Linha</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Fila {0}: «{1}» figura como {2} en el archivo y como {3} en el padrón. La importación no cambia el estado de un miembro que ya está (una baja termina además sus mandatos): si corresponde, regístrelo desde su ficha o con «escritorio miembros baja» o «miembros suspender».</source>
      <translation>Linha {0}: “{1}” consta como {2} no arquivo e como {3} no cadastro. A importação não altera a situação de um membro que já está cadastrado (um desligamento também encerra os mandatos dele): se for o caso, registre-a na ficha do membro ou com “escritorio miembros baja” ou “miembros suspender”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firma digital</source>
      <translation>Assinatura digital</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Firma digital de {0} {1} por {2}</source>
      <translation>Assinatura digital de {0} {1} por {2}</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Firman: {0}</source>
      <translation>Assinam: {0}</translation>
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
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Firmantes y adhesiones</source>
      <translation>Signatários e adesões</translation>
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
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Firmas íntegras y de certificados de confianza.</source>
      <translation>Assinaturas íntegras e de certificados confiáveis.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Firmas íntegras: el documento no cambió desde que se firmó. El certificado no se pudo validar contra una autoridad de confianza (autofirmado o de una autoridad que el programa no conoce, y sin conexión): confirme que es de quien dice, o indique los certificados raíz de su autoridad {0}.</source>
      <translation>Assinaturas íntegras: o documento não mudou desde que foi assinado. O certificado não pôde ser validado contra uma autoridade confiável (autoassinado ou de uma autoridade que o programa não conhece, e sem conexão): confirme que é de quem diz ser, ou indique os certificados raiz da sua autoridade {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Font Awesome Free (Fonticons)</source>
      <translation>Font Awesome Free (Fonticons)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Frecuencia: «{0}» meses no es posible; escriba de 1 a 120 meses (o nada si el estatuto no fija una frecuencia).</source>
      <translation>Frequência: “{0}” meses não é possível; digite de 1 a 120 meses (ou nada, se o estatuto não fixar uma frequência).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Fuente</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Fuentes Liberation (Red Hat)</source>
      <translation>Fontes Liberation (Red Hat)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
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
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Gobierno</source>
      <translation>Governo</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Gobierno regional</source>
      <translation>Governo regional</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Hasta</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Hay más votos que los posibles: revise las cifras.</source>
      <translation>Há mais votos do que o possível: revise os números.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Hay que volver a abrir Escritorio</source>
      <translation>É preciso reabrir o Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Hay votos para candidaturas que no son de esta elección.</source>
      <translation>Há votos para candidaturas que não são desta eleição.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Hay {0} votos y solo {1} miembros presentes con derecho a voto (contando los poderes).</source>
      <translation>Há {0} votos e somente {1} membros presentes com direito a voto (contando as procurações).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Hecho con</source>
      <translation>Feito com</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Hora</source>
      <translation>Horário</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Hora de cierre</source>
      <translation>Hora de encerramento</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>Hora de cierre: {0} horas.</source>
      <translation>Hora de encerramento: {0} horas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Hora de cierre: «{0}» debe escribirse HH:MM (por ejemplo 13:30).</source>
      <translation>Hora de encerramento: “{0}” deve ser escrita HH:MM (por exemplo 13:30).</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Idioma de los documentos</source>
      <translation>Idioma dos documentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Idioma de los documentos:</source>
      <translation>Idioma dos documentos:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Idioma de los documentos: «{0}» desconocido; use {1} ({2}).</source>
      <translation>Idioma dos documentos: “{0}” desconhecido; use {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Idiomas</source>
      <translation>Idiomas</translation>
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
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Imputación a {0}: {1}.</source>
      <translation>Imputação a {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Imputación a {0}: «{1}» es negativo; escriba cuánto del pago va a ese cargo, o déjelo vacío.</source>
      <translation>Imputação a {0}: “{1}” é negativo; digite quanto do pagamento vai para esse lançamento, ou deixe em branco.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Indique cuánto se imputa a cada cargo, o elija la imputación automática.</source>
      <translation>Indique quanto é imputado a cada lançamento, ou escolha a imputação automática.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Indique el lugar o el enlace de la reunión virtual.</source>
      <translation>Indique o local ou o link da reunião virtual.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Indique el miembro que se postula, la persona que lo encabeza, o ambos.</source>
      <translation>Indique o membro que se candidata, a pessoa que o encabeça, ou ambos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Indique el miembro, la persona candidata, o ambos.</source>
      <translation>Indique o membro, a pessoa candidata ou ambos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Indique el miembro, la persona, o ambos (en la CLI: --miembro ID, --persona NOMBRE).</source>
      <translation>Indique o membro, a pessoa ou ambos (na CLI: --miembro ID, --persona NOMBRE).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>Indique el motivo (por ejemplo: «Renuncia presentada por nota»).</source>
      <translation>Indique o motivo (por exemplo: “Renúncia apresentada por ofício”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Indique el motivo de la anulación (por ejemplo: «Cheque rechazado»).</source>
      <translation>Indique o motivo da anulação (por exemplo: “Cheque devolvido”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>Indique el motivo de la corrección.</source>
      <translation>Indique o motivo da correção.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Indique el motivo de la exención (por ejemplo: «Emergencia por inundaciones»).</source>
      <translation>Indique o motivo da isenção (por exemplo: “Emergência por enchentes”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>Indique el motivo para cancelar el viaje (por ejemplo: «La laptop con la copia se perdió»). No se cambió nada.</source>
      <translation>Indique o motivo para cancelar a viagem (por exemplo: “O notebook com a cópia foi perdido”). Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Indique la categoría de cada país: los puestos en los órganos dependen de ella. Deje «No participa» en los demás.</source>
      <translation>Indique a categoria de cada país: os lugares nos órgãos dependem dela. Deixe “Não participa” nos demais.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Indique quién firma: un miembro (--miembro ID) o una entidad que no es miembro (--entidad "Nombre" --tipo red|observador|organizacion|gobierno|otro), uno de los dos.</source>
      <translation>Indique quem assina: um membro (--miembro ID) ou uma entidade que não é membro (--entidad "Nome" --tipo red|observador|organizacion|gobierno|otro), um dos dois.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Indique un nombre de usuario y una clave de 8 caracteres o más.</source>
      <translation>Informe um nome de usuário e uma senha de 8 caracteres ou mais.</translation>
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
      <source>Institución</source>
      <translation>Instituição</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La Secretaría Ejecutiva la ejerce una ciudad miembro: la candidatura electa no nombra a ninguna.</source>
      <translation>A Secretaria Executiva é exercida por uma cidade membro: a candidatura eleita não indica nenhuma cidade.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>La actividad termina antes de empezar.</source>
      <translation>A atividade termina antes de começar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La admisión de miembros exige</source>
      <translation>A adesão de membros exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>La asociación no tiene un órgano de tipo Secretaría Ejecutiva.</source>
      <translation>A associação não tem um órgão do tipo Secretaria Executiva.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>La asociación todavía no tiene estatuto ni reglamentos cargados.</source>
      <translation>A associação ainda não tem estatuto nem regimentos carregados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>La asociación todavía no tiene órganos registrados.</source>
      <translation>A associação ainda não tem órgãos cadastrados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La baja de {0}</source>
      <translation>O desligamento de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La baja no termina ningún mandato: {0} no tiene mandatos vigentes desde el {1}.</source>
      <translation>O desligamento não encerra nenhum mandato: {0} não tem mandatos vigentes a partir de {1}.</translation>
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
      <location filename="../../escritorio/datos/conexion.py" />
      <source>La base de datos {0} está dañada ({1}). No se modificó. {2}</source>
      <translation>O banco de dados {0} está danificado ({1}). Ele não foi modificado. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>La base de datos {0} está en uso por otro programa o por otra ventana de Escritorio. Ciérrelo e inténtelo de nuevo.</source>
      <translation>O banco de dados {0} está em uso por outro programa ou por outra janela do Escritorio. Feche-o e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/esquema.py" />
      <source>La base del servidor {0} es de una versión anterior de Escritorio: le faltan cambios del esquema ({1}). No se modificó nada. Quien administra el servidor la pone al día, sin tocarla, en una base nueva: «escritorio servidor actualizar {0} URL_NUEVA» (README, «Varias personas»).</source>
      <translation>O banco de dados do servidor {0} é de uma versão anterior do Escritorio: faltam-lhe alterações do esquema ({1}). Nada foi modificado. Quem administra o servidor o atualiza, sem mexer nele, em um banco novo: “escritorio servidor actualizar {0} URL_NOVA” (README, “Varias personas”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} es de una versión más nueva de Escritorio que este programa: actualícela con esa versión.</source>
      <translation>O banco de dados do servidor {0} é de uma versão mais nova do Escritorio que este programa: atualize-o com essa versão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>La base del servidor {0} es de una versión más nueva de Escritorio: puede consultarla, pero para cambiar datos instale en este equipo la versión que usa el resto de la oficina.</source>
      <translation>A base do servidor {0} é de uma versão mais nova do Escritorio: você pode consultá-la, mas para alterar dados instale neste computador a versão que o restante do escritório usa.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no es una base de Escritorio (no tiene su esquema): no hay nada que actualizar.</source>
      <translation>O banco de dados do servidor {0} não é um banco do Escritorio (não tem o seu esquema): não há nada a atualizar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no es una base de Escritorio (no tiene su esquema): no hay nada que copiar.</source>
      <translation>O banco de dados do servidor {0} não é um banco de dados do Escritorio (não tem o seu esquema): não há nada para copiar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La base del servidor {0} no está vacía (ya tiene tablas): no se reemplaza nada. Suba a una base nueva (pida a quien administra el servidor «CREATE DATABASE …») o, para trabajar con la que ya está, conéctese a ella.</source>
      <translation>O banco de dados do servidor {0} não está vazio (já tem tabelas): nada é substituído. Envie para um banco de dados novo (peça a quem administra o servidor “CREATE DATABASE …”) ou, para trabalhar com o que já existe, conecte-se a ele.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no está vacía: no se instala nada encima. Use una base nueva.</source>
      <translation>O banco de dados do servidor {0} não está vazio: nada é instalado por cima. Use um banco de dados novo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no tiene la migración {1} pero sí otras posteriores: no la dejó así ninguna versión de Escritorio, y ponerla al día perdería datos. No se tocó nada; restaure el último respaldo sano del servidor.</source>
      <translation>A base do servidor {0} não tem a migração {1}, mas tem outras posteriores: nenhuma versão do Escritorio a deixa assim, e atualizá-la perderia dados. Nada foi alterado; restaure o último backup íntegro do servidor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} ya está al día: no hay nada que actualizar.</source>
      <translation>O banco de dados do servidor {0} já está atualizado: não há nada a atualizar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>La base está dañada ({0}): su copia salió dañada y no se guardó en {1}. {2}</source>
      <translation>O banco de dados está danificado ({0}): a cópia saiu danificada e não foi salva em {1}. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>La base rechazó el cambio: {0}</source>
      <translation>O banco de dados rejeitou a alteração: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>La base rechazó el cambio: {0}. No se guardó nada.</source>
      <translation>O banco de dados rejeitou a alteração: {0}. Nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>La base rechazó un dato que no cumple sus reglas ({0}): no se guardó nada. Revise los datos y vuelva a intentarlo; si se repite, corra «escritorio verificar».</source>
      <translation>O banco de dados rejeitou um dado que não cumpre as suas regras ({0}): nada foi salvo. Revise os dados e tente novamente; se isso se repetir, execute “escritorio verificar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>La base registra que esta acta o su sesión fueron cambiadas por fuera de Escritorio: corra «escritorio verificar».</source>
      <translation>O banco de dados registra que esta ata ou sua sessão foram alteradas fora do Escritorio: execute “escritorio verificar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>La base tiene un texto que no está escrito en UTF-8{0}: lo guardó otro programa, no Escritorio, y no se puede leer. No se modificó nada. Corra «escritorio verificar» para ver qué se cambió por fuera de Escritorio y restaure el último respaldo sano («escritorio respaldo listar», «escritorio respaldo restaurar ARCHIVO»).</source>
      <translation>O banco de dados tem um texto que não está em UTF-8{0}: ele foi salvo por outro programa, não pelo Escritorio, e não pode ser lido. Nada foi modificado. Execute “escritorio verificar” para ver o que foi alterado fora do Escritorio e restaure o último backup íntegro (“escritorio respaldo listar”, “escritorio respaldo restaurar ARCHIVO”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>La base {0} del servidor no tiene el esquema de Escritorio. Quien administra el servidor la prepara con «escritorio servidor instalar {0}» (una base vacía) o lleva allí una base de este equipo con «escritorio servidor subir {0}».</source>
      <translation>A base {0} do servidor não tem o esquema do Escritorio. Quem administra o servidor a prepara com “escritorio servidor instalar {0}” (uma base vazia) ou leva para lá uma base deste computador com “escritorio servidor subir {0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>La base {0} fue creada por una versión más nueva de Escritorio: se abre solo para consultar; actualice el programa para poder modificarla.</source>
      <translation>O banco de dados {0} foi criado por uma versão mais nova do Escritorio: ele é aberto somente para consulta; atualize o programa para poder modificá-lo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/vigilancia.py" />
      <source>La base {0} fue reemplazada por otro programa mientras estaba abierta (por ejemplo, se restauró un respaldo desde la línea de órdenes). Lo que se guarde ahora iría al archivo viejo y se perdería, así que no se guardó nada. Vuelva a abrir la base para seguir trabajando sobre la actual.</source>
      <translation>O banco de dados {0} foi substituído por outro programa enquanto estava aberto (por exemplo, um backup foi restaurado pela linha de comando). O que fosse salvo agora iria para o arquivo antigo e se perderia, por isso nada foi salvo. Abra o banco de dados novamente para continuar trabalhando no atual.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>La base {0} ya está abierta en otra ventana de Escritorio (equipo {1}, proceso {2}). Use esa ventana, o ciérrela y vuelva a abrir Escritorio.</source>
      <translation>O banco de dados {0} já está aberto em outra janela do Escritorio (computador {1}, processo {2}). Use essa janela, ou feche-a e abra o Escritorio novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/vigilancia.py" />
      <source>La base {0} ya no está en su lugar: otro programa la movió, la renombró o la borró mientras estaba abierta. Lo que se guarde ahora se perdería, así que no se guardó nada. Busque el archivo (o restaure un respaldo) y ábralo con Archivo &gt; Abrir.</source>
      <translation>O banco de dados {0} não está mais no seu lugar: outro programa o moveu, renomeou ou excluiu enquanto ele estava aberto. O que fosse salvo agora se perderia, por isso nada foi salvo. Procure o arquivo (ou restaure um backup) e abra-o em Arquivo &gt; Abrir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La bitácora copiada no verifica en el destino ({0}): no se guardó nada en el destino.</source>
      <translation>O registro de auditoria copiado não se verifica no destino ({0}): nada foi salvo no destino.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La bitácora de la base local no verifica ({0}): no se sube una base con la cadena rota. Corra «escritorio verificar» y restaure un respaldo sano antes de subirla.</source>
      <translation>O registro de auditoria do banco de dados local não se verifica ({0}): um banco de dados com a cadeia quebrada não é enviado. Execute “escritorio verificar” e restaure um backup íntegro antes de enviá-lo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La bitácora de la copia no verifica ({0}): se cambió por fuera de Escritorio y no se devuelve. No se devolvió nada; corra «escritorio verificar» sobre la copia.</source>
      <translation>O registro de auditoria da cópia não confere ({0}): foi alterado por fora do Escritorio e não é devolvido. Nada foi devolvido; execute “escritorio verificar” sobre a cópia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La cadena de la bitácora no termina en el mismo sello en el origen y en el destino: no se guardó nada en el destino.</source>
      <translation>A cadeia do registro de auditoria não termina no mesmo selo na origem e no destino: nada foi salvo no destino.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>La carpeta {0} es de solo lectura: Escritorio necesita escribir allí la base y su diario. Copie la base a una carpeta propia (por ejemplo Documentos) o elija otra con --db RUTA.</source>
      <translation>A pasta {0} é somente leitura: o Escritorio precisa gravar ali o banco de dados e o diário dele. Copie o banco de dados para uma pasta sua (por exemplo, Documentos) ou escolha outra com --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>La ciudad entrante ya ejerce la Secretaría Ejecutiva.</source>
      <translation>A cidade que entra já exerce a Secretaria Executiva.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>La ciudad queda como solicitante: no integra ningún órgano ni figura en el padrón vigente ni en la emisión de cuotas. La admite la resolución de un punto de admisión aprobado, desde la fecha que esa resolución diga (en el editor de la sesión, «Adoptar resolución…»).</source>
      <translation>A cidade fica como solicitante: não integra nenhum órgão nem consta do cadastro vigente nem da emissão de contribuições. Ela é admitida pela resolução de um item de adesão aprovado, a partir da data que essa resolução indicar (no editor da sessão, “Adotar resolução…”).</translation>
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
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La conexión funcionó, pero la clave no se pudo guardar en el llavero de este equipo: se la pedirá la próxima vez.</source>
      <translation>A conexão funcionou, mas não foi possível salvar a senha no chaveiro deste computador: ela será pedida da próxima vez.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La convocatoria no exige días de anticipación{0}.</source>
      <translation>A convocação não exige dias de antecedência{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>La convocatoria no puede tener fecha posterior a la sesión.</source>
      <translation>A convocação não pode ter data posterior à sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La copia de la tabla «{0}» no salió igual ({1} filas en el origen, {2} en el destino): no se guardó nada en el destino. Corra «escritorio verificar» sobre el origen y vuelva a intentarlo.</source>
      <translation>A cópia da tabela “{0}” não saiu igual ({1} linhas na origem, {2} no destino): nada foi salvo no destino. Execute “escritorio verificar” na origem e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La copia tiene cambios fuera de la sesión {0} ({1}): solo se devuelve la sesión llevada. No se devolvió nada; haga esos cambios en el servidor, o, si la copia no va a volver, cancele el viaje con «escritorio servidor cancelar-viaje».</source>
      <translation>A cópia tem alterações fora da sessão {0} ({1}): só a sessão levada é devolvida. Nada foi devolvido; faça essas alterações no servidor ou, se a cópia não vai voltar, cancele a viagem com “escritorio servidor cancelar-viaje”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>La cuenta registra movimientos que este estado de cuenta (al {0}) no tiene:</source>
      <translation>A conta registra movimentos que este extrato (em {0}) não tem:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>La cuota {0} se ajustó hasta el mes de la baja ({1} de 12 meses){2}: de {3} a {4}.</source>
      <translation>A contribuição de {0} foi ajustada até o mês do desligamento ({1} de 12 meses){2}: de {3} para {4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>La cuota {0} ya tiene pagos imputados y no se modifica (lo cobrado no se cambia): queda en {1}; hasta el mes de la baja serían {2}{3}. Si corresponde devolver la diferencia, regístrelo aparte.</source>
      <translation>A contribuição de {0} já tem pagamentos imputados e não é modificada (o que foi cobrado não muda): fica em {1}; até o mês do desligamento seriam {2}{3}. Se for o caso de devolver a diferença, registre-a à parte.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La disolución exige</source>
      <translation>A dissolução exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>La elección designa a la candidatura electa en este cargo cuando se confirma. Se puede cambiar hasta que se cierre la votación.</source>
      <translation>A eleição designa a candidatura eleita para este cargo quando é confirmada. O cargo pode ser alterado até o encerramento da votação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección no dejó puestos empatados: no hay segunda vuelta.</source>
      <translation>A eleição não deixou lugares empatados: não há segundo turno.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección no tiene candidatura electa; si corresponde, agregue una segunda vuelta.</source>
      <translation>A eleição não tem candidatura eleita; se for o caso, adicione um segundo turno.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección no tiene candidaturas: agregue al menos una.</source>
      <translation>A eleição não tem candidaturas: adicione pelo menos uma.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>La elección no tuvo candidatura electa: no se adopta como resolución.</source>
      <translation>A eleição não teve candidatura eleita: não é adotada como resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección ya está cerrada: su recuento no se modifica.</source>
      <translation>A eleição já está encerrada: sua apuração não é modificada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección ya tiene candidatura electa: no hay segunda vuelta.</source>
      <translation>A eleição já tem candidatura eleita: não há segundo turno.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>La escala de {0} que rige en {1} (desde el {2}) tiene una moneda que no sirve: {3}. No se emitió nada. Póngale fin y defina una escala nueva con la moneda correcta («escritorio cuotas escala definir» o Cuotas &gt; Escalas).</source>
      <translation>A tabela de {0} que vigora em {1} (desde {2}) tem uma moeda que não serve: {3}. Nada foi emitido. Encerre-a e defina uma tabela nova com a moeda correta (“escritorio cuotas escala definir” ou Contribuições &gt; Tabelas).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>La escala no tiene tramos.</source>
      <translation>A tabela não tem faixas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>La escala tiene {0} tramos; el máximo es {1}. Revise que los tramos sean pares «población desde:importe» separados por comas.</source>
      <translation>A tabela tem {0} faixas; o máximo é {1}. Verifique se as faixas são pares “população a partir de:valor” separados por vírgulas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La exclusión de un miembro exige</source>
      <translation>A exclusão de um membro exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>La fecha del pago está en el futuro ({0}); escriba el día en que se cobró.</source>
      <translation>A data do pagamento está no futuro ({0}); digite o dia em que foi recebido.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La fecha es anterior al ingreso del miembro ({0}).</source>
      <translation>A data é anterior à adesão do membro ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>La fecha «hasta» es anterior a «desde».</source>
      <translation>A data “até” é anterior a “desde”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>La hora «{0}» debe escribirse HH:MM (por ejemplo 10:00).</source>
      <translation>O horário “{0}” deve ser escrito HH:MM (por exemplo 10:00).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A maioria simples é ter mais votos a favor do que contra: é calculada sobre os votos emitidos. Para que as abstenções pesem, escolha maioria absoluta dos presentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La mayoría simple es {0}: no se cuenta sobre {1}. Si las abstenciones deben pesar como votos en contra, elija mayoría absoluta {2} (por ejemplo «absoluta de los presentes»).</source>
      <translation>A maioria simples é ter {0}: não é contada sobre {1}. Se as abstenções devem pesar como votos contra, escolha maioria absoluta {2} (por exemplo “absoluta dos presentes”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>La moción fue rechazada en la votación: no se adopta como resolución.</source>
      <translation>A moção foi rejeitada na votação: não é adotada como resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <source>La norma no tenía artículos vigentes al {0}.</source>
      <translation>A norma não tinha artigos vigentes em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>La población es obligatoria.</source>
      <translation>A população é obrigatória.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>La población {0}.</source>
      <translation>A população {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>La reforma debe regir después del texto original ({0}).</source>
      <translation>A reforma deve vigorar depois do texto original ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La reforma del estatuto exige</source>
      <translation>A reforma do estatuto exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La reforma del reglamento exige</source>
      <translation>A reforma do regimento exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>La reforma no cambia ningún artículo.</source>
      <translation>A reforma não altera nenhum artigo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La reforma no puede regir desde el {0}: la {1} se adoptó en la sesión del {2}.</source>
      <translation>A reforma não pode vigorar a partir de {0}: a {1} foi adotada na sessão de {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de asientos de oficio nombra los tipos de órgano cuyos integrantes se sientan por su cargo, por ejemplo {0}; tipos: {1}.</source>
      <translation>A regra de membros natos indica os tipos de órgão cujos integrantes têm assento por seu cargo, por exemplo {0}; tipos: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de cantidad fija dice cuántos integrantes, por ejemplo {0} (en la CLI: --puestos 3).</source>
      <translation>A regra de número fixo diz quantos integrantes, por exemplo {0} (na CLI: --puestos 3).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La regla de este tipo de decisión exige</source>
      <translation>A regra deste tipo de decisão exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de presidencia nombra el tipo de órgano cuyo titular preside, por ejemplo {0}; tipos: {1}.</source>
      <translation>A regra de presidência indica o tipo de órgão cujo titular preside, por exemplo {0}; tipos: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de puestos por categoría dice cuántas ciudades electas por país de cada categoría, por ejemplo {0} (en la CLI: --pleno 2 --asociado 1).</source>
      <translation>A regra de lugares por categoria diz quantas cidades eleitas por país de cada categoria, por exemplo {0} (na CLI: --pleno 2 --asociado 1).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>La regla {0} de {1} ({2}) no cita un texto reformado: no hay nada que revisar.</source>
      <translation>A regra {0} de {1} ({2}) não cita um texto reformado: não há nada a revisar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>La resolución no tiene otro texto que su título.</source>
      <translation>A resolução não tem outro texto além do título.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>La resolución que aprueba el acta no existe en esta asociación.</source>
      <translation>A resolução que aprova a ata não existe nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La resolución recibe el número siguiente del órgano en el año de la sesión.</source>
      <translation>A resolução recebe o próximo número do órgão no ano da sessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>La resolución ya no está en la base.</source>
      <translation>A resolução não está mais no banco de dados.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>La resolución, su votación o el acta que la contiene cambiaron desde que se emitió este documento.</source>
      <translation>A resolução, sua votação ou a ata que a contém mudaram desde que este documento foi emitido.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>La secretaría de una asociación de municipios: padrón, cuotas, estatutos, órganos, unidades temáticas y sesiones, con sus documentos.</source>
      <translation>A secretaria de uma associação de municípios: cadastro de membros, contribuições, estatutos, órgãos, unidades temáticas e sessões, com seus documentos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>La sesión figura «{0}», no celebrada: regístrela como celebrada, con su hora de cierre (botón «Sesión celebrada…» del editor de la sesión, o «escritorio sesiones celebrada {1} --hora-cierre HH:MM»), antes de aprobar su acta.</source>
      <translation>A sessão consta como “{0}”, não realizada: registre-a como realizada, com a hora de encerramento (botão “Sessão realizada…” do editor da sessão, ou “escritorio sesiones celebrada {1} --hora-cierre HH:MM”), antes de aprovar a ata.</translation>
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
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} cambió en el servidor mientras estaba de viaje (alguien la modificó saltando la marca): no se devuelve encima. No se cambió nada; revise la bitácora del servidor.</source>
      <translation>A sessão {0} mudou no servidor enquanto estava fora (alguém a modificou contornando a marca): ela não é devolvida por cima. Nada foi alterado; confira o registro de auditoria do servidor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>La sesión {0} está de viaje (la llevó {1} el {2}): nadie la modifica en el servidor hasta que vuelva con «escritorio servidor devolver» o que secretaría cancele el viaje con «escritorio servidor cancelar-viaje».</source>
      <translation>A sessão {0} está em viagem (levada por {1} em {2}): ninguém a modifica no servidor até que volte com “escritorio servidor devolver” ou que a secretaria cancele a viagem com “escritorio servidor cancelar-viaje”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} la llevó {1}: la devuelve esa persona, con su usuario. No se cambió nada.</source>
      <translation>A sessão {0} foi levada por {1}: quem a devolve é essa pessoa, com o usuário dela. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} no está de viaje en el servidor: no hay viaje que cancelar. No se cambió nada.</source>
      <translation>A sessão {0} não está em viagem no servidor: não há viagem para cancelar. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} no está llevada en el servidor: no se puede devolver (solo vuelve una sesión llevada con «escritorio servidor llevar»). No se cambió nada.</source>
      <translation>A sessão {0} não está levada no servidor: não pode ser devolvida (só volta uma sessão levada com “escritorio servidor llevar”). Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>La suma de</source>
      <translation>A quantia de</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La suspensión de {0}</source>
      <translation>A suspensão de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La suspensión no termina mandatos: el estatuto no lo dice (si lo dice, anote el artículo con «escritorio miembros suspension-mandatos --articulo …»).</source>
      <translation>A suspensão não encerra mandatos: o estatuto não o prevê (se prevê, anote o artigo com “escritorio miembros suspension-mandatos --articulo …”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La suspensión no termina ningún mandato: {0} no tiene mandatos vigentes desde el {1}.</source>
      <translation>A suspensão não encerra nenhum mandato: {0} não tem mandatos vigentes a partir de {1}.</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>La versión vigente se emitió el {0} con el código {1}.</source>
      <translation>A versão vigente foi emitida em {0} com o código {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} no sirve: es de un punto de tipo de decisión {1}; hace falta la resolución de un punto de {2} aprobado.</source>
      <translation>A {0} não serve: é de um item do tipo de decisão {1}; é necessária a resolução de um item de {2} aprovado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} no sirve: su punto de {1} no fue aprobado en una votación.</source>
      <translation>A {0} não serve: seu item de {1} não foi aprovado em uma votação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>La {0} pasa a {1}</source>
      <translation>A {0} muda para {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} ya adoptó la reforma {1}.</source>
      <translation>A {0} já adotou a reforma {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} ya aprobó la escala {1}.</source>
      <translation>A {0} já aprovou a tabela {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>Las actas aprobadas no llegaron iguales al destino (huella o texto): no se guardó nada en el destino.</source>
      <translation>As atas aprovadas não chegaram iguais ao destino (hash ou texto): nada foi salvo no destino.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Las cuotas de los miembros sostienen el funcionamiento y las actividades comunes de la Asociación. Les solicitamos que regularicen esta situación a la brevedad o, si existiera alguna dificultad, que se comuniquen con la Secretaría Ejecutiva para acordar una forma de pago.</source>
      <translation>As contribuições dos membros sustentam o funcionamento e as atividades comuns da Associação. Solicitamos que regularizem esta situação com brevidade ou, caso haja alguma dificuldade, que entrem em contato com a Secretaria Executiva para acordar uma forma de pagamento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Las cuotas y el presupuesto exigen</source>
      <translation>As contribuições e o orçamento exigem</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Las imputaciones suman más que el pago ({0}).</source>
      <translation>As imputações somam mais que o pagamento ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>Las reglas de este órgano no admiten poderes{0}; así lo dicen {1}.</source>
      <translation>As regras deste órgão não admitem procurações{0}; é o que determinam {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Leyendo y validando…</source>
      <translation>Lendo e validando…</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>Libere espacio en el disco y repita la orden.</source>
      <translation>Libere espaço no disco e repita o comando.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Llevar una sesión de viaje</source>
      <translation>Levar uma sessão em viagem</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Lo que cambió (como estaba al abrir → como está ahora):</source>
      <translation>O que mudou (como estava ao abrir → como está agora):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Lo que esta ventana veía quedó copiado en
{0}

Cierre Escritorio y vuelva a abrirlo para seguir trabajando; hasta entonces no se guarda nada. Si al volver falta algo, ábralo desde esa copia (Archivo → Abrir) para consultarlo y cárguelo de nuevo.</source>
      <translation>O que esta janela via ficou copiado em
{0}

Feche o Escritorio e abra-o de novo para continuar trabalhando; até lá nada é salvo. Se ao voltar faltar algo, abra essa cópia (Arquivo → Abrir) para consultá-lo e cadastre-o de novo.</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Los días de anticipación de la convocatoria no pueden ser negativos.</source>
      <translation>Os dias de antecedência da convocação não podem ser negativos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Los días de anticipación no pueden ser negativos.</source>
      <translation>Os dias de antecedência não podem ser negativos.</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Los morosos no votan</source>
      <translation>Os inadimplentes não votam</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Los textos de las licencias viajan con el programa, en recursos/fuentes y recursos/iconos.</source>
      <translation>Os textos das licenças acompanham o programa, em recursos/fuentes e recursos/iconos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Los tramos deben ir en orden creciente: {0} no es mayor que {1}.</source>
      <translation>As faixas devem estar em ordem crescente: {0} não é maior que {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Los votos no pueden ser negativos.</source>
      <translation>Os votos não podem ser negativos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
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
      <source>Mandato de {0} ({1}): sin fecha de fin</source>
      <translation>Mandato de {0} ({1}): sem data de término</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandato de {0} ({1}): termina el {2}</source>
      <translation>Mandato de {0} ({1}): termina em {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandato de {0} quitado ({1})</source>
      <translation>Mandato de {0} removido ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandato de {0}: {1} desde el {2}</source>
      <translation>Mandato de {0}: {1} desde {2}</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Mayoría ({0})</source>
      <translation>Maioria ({0})</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Mayoría de {0}: {1}</source>
      <translation>Maioria para {0}: {1}</translation>
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
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Mayoría «{0}» desconocida; use {1}.</source>
      <translation>Maioria “{0}” desconhecida; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Mayoría:</source>
      <translation>Maioria:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Medio de pago</source>
      <translation>Forma de pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Medio de pago «{0}» desconocido; use {1}.</source>
      <translation>Forma de pagamento “{0}” desconhecida; use {1}.</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Miembro</source>
      <translation>Membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/poderes.py" />
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
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Miembros que la firman ({0}): {1}.</source>
      <translation>Membros que a assinam ({0}): {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Mientras se firmaba, se guardó otra firma de {0}. No se guardó esta: vuelva a firmar (se agregará sobre la última).</source>
      <translation>Enquanto se assinava, foi salva outra assinatura de {0}. Esta não foi salva: assine novamente (será adicionada sobre a última).</translation>
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Modo de ingreso</source>
      <translation>Forma de adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Moneda</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Moneda de los cargos: {0}.</source>
      <translation>Moeda dos lançamentos: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Moneda: {0}.</source>
      <translation>Moeda: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>Monedas</source>
      <translation>Moedas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Monto: {0}.</source>
      <translation>Valor: {0}.</translation>
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Motivo</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Motivo de la anulación: {0}. No se anuló el pago.</source>
      <translation>Motivo da anulação: {0}. O pagamento não foi anulado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>Motivo de la cancelación: {0}. No se cambió nada.</source>
      <translation>Motivo do cancelamento: {0}. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Motivo del cambio de mayoría</source>
      <translation>Motivo da mudança de maioria</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
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
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Máximo de poderes por miembro</source>
      <translation>Máximo de procurações por membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Máximo de poderes: {0} es demasiado; escriba de 0 a 10.000 (o «sin máximo»).</source>
      <translation>Máximo de procurações: {0} é demais; digite de 0 a 10.000 (ou “sem máximo”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <source>Método</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Método «{0}» desconocido; use {1}.</source>
      <translation>Método “{0}” desconhecido; use {1}.</translation>
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
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Ninguna candidatura obtuvo votos: no hay candidaturas electas.</source>
      <translation>Nenhuma candidatura obteve votos: não há candidaturas eleitas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Ninguna sesión está de viaje: no hay viaje que cancelar.</source>
      <translation>Nenhuma sessão está em viagem: não há viagem para cancelar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Ningún documento emitido por esta base tiene el código {0}: es de otra base de datos, está mal copiado o es falso.</source>
      <translation>Nenhum documento emitido por este banco de dados tem o código {0}: é de outro banco de dados, foi copiado errado ou é falso.</translation>
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>No (de baja)</source>
      <translation>Não (desligado)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No cambió nada: los datos indicados ya eran los de la asociación.</source>
      <translation>Nada mudou: os dados indicados já eram os da associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No existe el archivo {0}. Revise la ruta.</source>
      <translation>O arquivo {0} não existe. Verifique o caminho.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No existe el archivo {0}. Revise la ruta; no se guardó nada.</source>
      <translation>O arquivo {0} não existe. Verifique o caminho; nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>No existe el archivo {0}: indique la copia que hizo «escritorio servidor llevar» (por ejemplo, cumbre.db).</source>
      <translation>O arquivo {0} não existe: indique a cópia feita por “escritorio servidor llevar” (por exemplo, cumbre.db).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No existe el mandato {0}.</source>
      <translation>Não existe o mandato {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No existe el miembro con id {0} en esta asociación.</source>
      <translation>Não existe o membro com id {0} nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No existe el miembro con id {0} en esta asociación. Consulte los ids con «miembros listar».</source>
      <translation>Não existe o membro com id {0} nesta associação. Consulte os ids com “miembros listar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No existe el miembro con id {0} en esta asociación; vea los ids con «escritorio miembros listar».</source>
      <translation>Não existe o membro com id {0} nesta associação; veja os ids com “escritorio miembros listar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No existe el miembro con id {0}.</source>
      <translation>Não existe o membro com id {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No existe el miembro con id {0}. Consulte los ids con «miembros listar».</source>
      <translation>Não existe o membro com id {0}. Consulte os ids com “miembros listar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No existe el pago {0} en esta asociación.</source>
      <translation>Não existe o pagamento {0} nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No existe el punto {0}.</source>
      <translation>Não existe o item {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No existe el respaldo {0}.</source>
      <translation>O backup {0} não existe.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>No existe el órgano {0} en esta asociación.</source>
      <translation>Não existe o órgão {0} nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No existe la asociación {0}.</source>
      <translation>Não existe a associação {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No existe la base de datos {0}. No se creó nada.</source>
      <translation>O banco de dados {0} não existe. Nada foi criado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>No existe la base {0}: no hay nada que recuperar.</source>
      <translation>O banco de dados {0} não existe: não há nada para recuperar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No existe la candidatura {0}.</source>
      <translation>Não existe a candidatura {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No existe la carpeta {0} para {1}: {2}. Elija una carpeta existente (o créela primero).</source>
      <translation>A pasta {0} para {1} não existe: {2}. Escolha uma pasta existente (ou crie-a primeiro).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/archivos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No existe la carpeta {0}; elija una carpeta existente.</source>
      <translation>A pasta {0} não existe; escolha uma pasta existente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No existe la norma {0} en esta asociación.</source>
      <translation>A norma {0} não existe nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No existe la regla de composición {0} en esta asociación. Las reglas de un órgano, con su número, se ven con «organos composicion ORGANO» o en Órganos &gt; Reglas de composición…</source>
      <translation>Não existe a regra de composição {0} nesta associação. As regras de um órgão, com seu número, podem ser vistas com “organos composicion ORGANO” ou em Órgãos &gt; Regras de composição…</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>No existe la regla de composición {0} en esta asociación. Las reglas que citan un texto reformado se listan con «escritorio estatutos reglas».</source>
      <translation>Não existe a regra de composição {0} nesta associação. As regras que citam um texto reformado são listadas com “escritorio estatutos reglas”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>No existe la resolución {0} en esta asociación (vea «escritorio resoluciones listar»).</source>
      <translation>Não existe a resolução {0} nesta associação (veja “escritorio resoluciones listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No existe la resolución {0} en esta asociación («escritorio resoluciones listar --json» da los números). No se firmó nada.</source>
      <translation>A resolução {0} não existe nesta associação (“escritorio resoluciones listar --json” mostra os números). Nada foi assinado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>No existe la resolución {0} en esta asociación.</source>
      <translation>A resolução {0} não existe nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>No existe la sesión {0} en el servidor.</source>
      <translation>A sessão {0} não existe no servidor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No existe la sesión {0} en esta asociación («escritorio sesiones listar» da los números). No se firmó nada.</source>
      <translation>A sessão {0} não existe nesta associação (“escritorio sesiones listar” mostra os números). Nada foi assinado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No existe la sesión {0} en esta asociación.</source>
      <translation>Não existe a sessão {0} nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>No existe la unidad {0} en esta asociación.</source>
      <translation>Não existe a unidade {0} nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>No existe {0} en esta asociación.</source>
      <translation>Não existe {0} nesta associação.</translation>
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
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>No hay a quién traspasar: defina el orden de sucesión de la Secretaría Ejecutiva.</source>
      <translation>Não há a quem transmitir: defina a ordem de sucessão da Secretaria Executiva.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>No hay avisos para emitir.</source>
      <translation>Não há avisos a emitir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>No hay candidaturas electas.</source>
      <translation>Não há candidaturas eleitas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No hay cargos emitidos para {0}. Emítalos primero con «escritorio cuotas emitir {0}».</source>
      <translation>Não há lançamentos emitidos para {0}. Emita-os primeiro com “escritorio cuotas emitir {0}”.</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No hay ninguna asociación con la sigla «{0}» (existentes: {1}).</source>
      <translation>Não há nenhuma associação com a sigla “{0}” (existentes: {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No hay ninguna asociación con la sigla «{0}»: {1}.</source>
      <translation>Não há nenhuma associação com a sigla “{0}”: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No hay ninguna escala de {0} vigente para {1}. Defina una con «escritorio cuotas escala definir» (o en Cuotas &gt; Escalas).</source>
      <translation>Não há nenhuma tabela de {0} vigente para {1}. Defina uma com “escritorio cuotas escala definir” (ou em Contribuições &gt; Tabelas).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No hay ninguna firma digital con el número {0} en esta asociación («escritorio firma listar» da los números).</source>
      <translation>Não há nenhuma assinatura digital com o número {0} nesta associação (“escritorio firma listar” mostra os números).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No hay ninguna norma «{0}» (hay: {1}).</source>
      <translation>Não há nenhuma norma “{0}” (há: {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No hay ningún órgano «{0}». Use su id o su nombre exacto (hay: {1}…).</source>
      <translation>Não há nenhum órgão “{0}”. Use o id ou o nome exato dele (há: {1}…).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>No hay otras ciudades integrantes en esta fecha.</source>
      <translation>Não há outras cidades integrantes nesta data.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No hay quórum para votar: {0}</source>
      <translation>Não há quórum para votar: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>No hay recibos para imprimir.</source>
      <translation>Não há recibos para imprimir.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>No hay sesiones para llevar: las que tienen el acta aprobada ya no admiten cambios.</source>
      <translation>Não há sessões para levar: as que têm a ata aprovada já não admitem alterações.</translation>
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
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>No hay un respaldo sano de esta base en {0}. La base dañada no se tocó. Si tiene un respaldo en otro lugar (una memoria USB, el correo), restáurelo con «escritorio respaldo restaurar ARCHIVO».</source>
      <translation>Não há um backup íntegro deste banco de dados em {0}. O banco de dados danificado não foi alterado. Se você tiver um backup em outro lugar (um pen drive, o e-mail), restaure-o com “escritorio respaldo restaurar ARCHIVO”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>No hay una votación registrada para esta resolución.</source>
      <translation>Não há votação registrada para esta resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No hay votos registrados: escriba los votos de cada candidatura (o elija el de cada miembro, si es nominal).</source>
      <translation>Não há votos registrados: digite os votos de cada candidatura (ou escolha o de cada membro, se for nominal).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>No participa</source>
      <translation>Não participa</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No queda espacio en el disco donde está {0} (el disco está lleno): libere espacio (borre o mueva a otro disco archivos que no necesite) e inténtelo de nuevo; no se guardó nada.</source>
      <translation>Não há espaço livre no disco onde está {0} (o disco está cheio): libere espaço (exclua ou mova para outro disco arquivos de que você não precise) e tente novamente; nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No queda espacio en el disco donde está {0}, y la base tiene cambios en su diario ({1}) que no se pueden leer sin espacio libre: libere espacio (borre o mueva a otro disco archivos que no necesite) y vuelva a abrirla. No se modificó nada.</source>
      <translation>Não há espaço livre no disco onde está {0}, e o banco de dados tem alterações no seu diário ({1}) que não podem ser lidas sem espaço livre: libere espaço (exclua ou mova para outro disco arquivos de que você não precise) e abra-o novamente. Nada foi modificado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No queda espacio en el disco donde está {0}: la base se abre solo para consultar. Libere espacio (borre o mueva a otro disco archivos que no necesite) y vuelva a abrirla para poder modificarla.</source>
      <translation>Não há espaço livre no disco onde está {0}: o banco de dados é aberto somente para consulta. Libere espaço (exclua ou mova para outro disco arquivos de que você não precise) e abra-o novamente para poder modificá-lo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>No se admiten poderes{0}.</source>
      <translation>Não são admitidas procurações{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No se adoptó la resolución:</source>
      <translation>A resolução não foi adotada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: el punto de {0} no fue aprobado en una votación; sin votación aprobada no {1} a nadie.</source>
      <translation>A resolução não foi adotada: o item de {0} não foi aprovado em uma votação; sem votação aprovada, não {1} ninguém.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: la fecha desde la que rige ({0}) es anterior a la sesión que la decide ({1}).</source>
      <translation>A resolução não foi adotada: a data a partir da qual vigora ({0}) é anterior à sessão que a decide ({1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: no existe el miembro con id {0} en esta asociación.</source>
      <translation>A resolução não foi adotada: não existe o membro com id {0} nesta associação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: solo la resolución de un punto de {0} {1}; este punto es de {2}. Agregue un punto con «--decision {3}» y vótelo.</source>
      <translation>A resolução não foi adotada: só a resolução de um item de {0} {1}; este item é de {2}. Adicione um item com “--decision {3}” e coloque-o em votação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: un miembro no se admite y se excluye a la vez.</source>
      <translation>A resolução não foi adotada: um membro não pode ser admitido e excluído ao mesmo tempo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: {0} (id {1}) no es miembro (figura como {2} desde el {3}); no se lo excluye.</source>
      <translation>A resolução não foi adotada: {0} (id {1}) não é membro (consta como {2} desde {3}); não pode ser excluído.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: {0} (id {1}) no es una ciudad solicitante; se admite a quien pidió ingresar («escritorio miembros solicitud»).</source>
      <translation>A resolução não foi adotada: {0} (id {1}) não é uma cidade solicitante; só se admite quem pediu adesão (“escritorio miembros solicitud”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: {0} pidió ingresar el {1}; no se la admite desde antes ({2}).</source>
      <translation>A resolução não foi adotada: {0} pediu adesão em {1}; não pode ser admitida a partir de uma data anterior ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: «desde» va con los miembros que admite o excluye.</source>
      <translation>A resolução não foi adotada: “desde” acompanha os membros que ela admite ou exclui.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No se agregó el invitado:</source>
      <translation>O convidado não foi adicionado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>No se agregó la actividad:</source>
      <translation>A atividade não foi adicionada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>No se aprobó el acta de {0}:</source>
      <translation>A ata de {0} não foi aprovada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se cambió la categoría de {0}:</source>
      <translation>A categoria de {0} não foi alterada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No se cambió la regla. Artículo: {0}.</source>
      <translation>A regra não foi alterada. Artigo: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se cambió la tolerancia:</source>
      <translation>A tolerância não foi alterada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se cambió nada: indique el nombre, la sigla, el tipo, la sede, el papel o el idioma de los documentos nuevos.</source>
      <translation>Nada foi alterado: indique o novo nome, a nova sigla, o tipo, a sede, o papel ou o idioma dos documentos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se cargó la norma:</source>
      <translation>A norma não foi carregada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No se cerró la elección:</source>
      <translation>A eleição não foi encerrada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No se convocó la sesión:</source>
      <translation>A sessão não foi convocada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No se creó el órgano:</source>
      <translation>O órgão não foi criado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se creó la asociación:</source>
      <translation>A associação não foi criada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No se definió la elección:</source>
      <translation>A eleição não foi definida:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se emitió nada</source>
      <translation>Nada foi emitido</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>No se encontró ningún encabezado «Artículo N». Cada artículo debe empezar en una línea como «Artículo 1» o «Art. 1°».</source>
      <translation>Não foi encontrado nenhum cabeçalho “Artículo N”. Cada artigo deve começar em uma linha como “Artículo 1” ou “Art. 1°”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se encontró un nombre libre para el respaldo en {0}.</source>
      <translation>Não foi encontrado um nome livre para o backup em {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se exportó el padrón de cuotas</source>
      <translation>O cadastro de contribuições não foi exportado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se exportó la morosidad</source>
      <translation>A inadimplência não foi exportada</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No se exportó nada</source>
      <translation>Nada foi exportado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>No se fijó el orden de sucesión: {0} no es de esta asociación (use los ids de «escritorio miembros listar»).</source>
      <translation>A ordem de sucessão não foi definida: {0} não é desta associação (use os ids de “escritorio miembros listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>No se fijó el período:</source>
      <translation>O período não foi definido:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No se firma digitalmente un «{0}»: solo actas aprobadas y resoluciones.</source>
      <translation>Não se assina digitalmente um “{0}”: somente atas aprovadas e resoluções.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se generó ningún aviso</source>
      <translation>Nenhum aviso de cobrança foi gerado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No se guardaron las reglas de sesión:</source>
      <translation>As regras de sessão não foram salvas:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>No se guardó el borrador del acta:</source>
      <translation>O rascunho da ata não foi salvo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se guardó el resumen de cobranza</source>
      <translation>O resumo da arrecadação não foi salvo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se guardó la escala:</source>
      <translation>A tabela não foi salva:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se guardó lo escrito</source>
      <translation>O texto não foi salvo</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se guardó nada</source>
      <translation>Nada foi salvo</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>No se guardó nada: el cambio chocó con el de otra persona en el servidor. Vuelva a intentarlo.</source>
      <translation>Nada foi salvo: a alteração colidiu com a de outra pessoa no servidor. Tente novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>No se guardó nada: la base del servidor {0} es de una versión más nueva de Escritorio. Instale en este equipo la versión que usa el resto de la oficina.</source>
      <translation>Nada foi salvo: a base do servidor {0} é de uma versão mais nova do Escritorio. Instale neste computador a versão que o restante do escritório usa.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se guardó nada: la base {0} fue creada por una versión más nueva de Escritorio: se abre solo para consultar; actualice el programa para poder modificarla.</source>
      <translation>Nada foi salvo: o banco de dados {0} foi criado por uma versão mais nova do Escritorio: ele é aberto somente para consulta; atualize o programa para poder modificá-lo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/conflictos.py" />
      <source>No se guardó nada: mientras el formulario estaba abierto, otro programa (la línea de órdenes u otra ventana) cambió {0}:
{1}
Puede sobrescribir esos cambios con los suyos, recargar el formulario con los datos actuales (se pierde lo que escribió) o cancelar y revisar.</source>
      <translation>Nada foi salvo: enquanto o formulário estava aberto, outro programa (a linha de comando ou outra janela) alterou {0}:
{1}
Você pode sobrescrever essas alterações com as suas, recarregar o formulário com os dados atuais (o que você escreveu se perde) ou cancelar e revisar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No se guardó nada: mientras el formulario estaba abierto, otro programa quitó el contacto «{0}». Cierre el formulario; si hace falta, agréguelo de nuevo.</source>
      <translation>Nada foi salvo: enquanto o formulário estava aberto, outro programa removeu o contato “{0}”. Feche o formulário; se necessário, adicione-o novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No se guardó nada: mientras la ficha estaba abierta, otro programa eliminó al miembro «{0}» (id {1}). Cierre la ficha; si hace falta, vuelva a darlo de alta.</source>
      <translation>Nada foi salvo: enquanto a ficha estava aberta, outro programa excluiu o membro “{0}” (id {1}). Feche a ficha; se necessário, cadastre-o novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>No se guardó nada: otra persona está guardando cambios en la base del servidor {0} desde hace más de {1} segundos. Espere un momento y vuelva a intentarlo.</source>
      <translation>Nada foi salvo: outra pessoa está salvando alterações na base do servidor {0} há mais de {1} segundos. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No se guardó nada: otro programa (otra ventana de Escritorio, la línea de órdenes o una importación) está escribiendo en la base {0} desde hace más de {1} segundos. Espere a que termine y vuelva a intentarlo; si no hay otro programa abierto, cierre Escritorio y vuelva a abrirlo.</source>
      <translation>Nada foi salvo: outro programa (outra janela do Escritorio, a linha de comando ou uma importação) está gravando no banco de dados {0} há mais de {1} segundos. Aguarde até que termine e tente novamente; se não houver outro programa aberto, feche o Escritorio e abra-o novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>No se guardó nada: su usuario del servidor («{0}») solo puede consultar. Si debe hacer este cambio, pida a quien administra el servidor el papel de secretaría o de tesorería.</source>
      <translation>Nada foi salvo: seu usuário do servidor (“{0}”) só pode consultar. Se precisar fazer esta alteração, peça a quem administra o servidor o papel de secretaria ou de tesouraria.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se guardó ningún cambio de la asociación {0}:</source>
      <translation>Nenhuma alteração da associação {0} foi salva:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se hizo nada</source>
      <translation>Nada foi feito</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo borrar {0}: {1}</source>
      <translation>Não foi possível excluir {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>No se pudo completar</source>
      <translation>Não foi possível concluir</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>No se pudo conectar con el servidor {0}: {1}. Revise que el equipo del servidor esté encendido y en la red, y que la dirección sea la correcta.</source>
      <translation>Não foi possível conectar ao servidor {0}: {1}. Confira se o computador do servidor está ligado e na rede, e se o endereço está correto.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo crear el respaldo en {0}: {1}. No se modificó nada.</source>
      <translation>Não foi possível criar o backup em {0}: {1}. Nada foi modificado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo crear la carpeta {0} para el respaldo: {1}. No se modificó nada.</source>
      <translation>Não foi possível criar a pasta {0} para o backup: {1}. Nada foi modificado.</translation>
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
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No se pudo hacer el respaldo de apertura de {0} ({1}). La base abrió bien y no se perdió nada; haga un respaldo a mano (Archivo → Crear respaldo…) antes de cambiar datos importantes, y revise que la carpeta «respaldos» junto a la base exista y se pueda escribir.</source>
      <translation>Não foi possível fazer o backup de abertura de {0} ({1}). O banco de dados abriu normalmente e nada se perdeu; faça um backup manual (Arquivo → Criar backup…) antes de alterar dados importantes e verifique se a pasta “respaldos” ao lado do banco de dados existe e permite gravação.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>No se pudo hacer la copia de viaje.</source>
      <translation>Não foi possível fazer a cópia de viagem.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo leer el respaldo {0} ({1}). No se restauró nada; elija otro.</source>
      <translation>Não foi possível ler o backup {0} ({1}). Nada foi restaurado; escolha outro.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se pudo leer o escribir en el disco donde está {0}; no se guardó nada. Compruebe el disco (¿se desconectó una memoria USB o una unidad de red?) e inténtelo de nuevo.</source>
      <translation>Não foi possível ler ou gravar no disco onde está {0}; nada foi salvo. Verifique o disco (um pen drive ou uma unidade de rede foi desconectado?) e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo restaurar en {0}: {1}. La base anterior está a salvo{2}.</source>
      <translation>Não foi possível restaurar em {0}: {1}. O banco de dados anterior está a salvo{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se pudo usar el archivo{0}: {1}. {2}</source>
      <translation>Não foi possível usar o arquivo{0}: {1}. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se pudo usar la base de datos {0}: {1}</source>
      <translation>Não foi possível usar o banco de dados {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No se puede confirmar la elección:</source>
      <translation>Não é possível confirmar a eleição:</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No se puede crear la carpeta {0} para la base de datos. Elija otra ubicación con --db RUTA.</source>
      <translation>Não é possível criar a pasta {0} para o banco de dados. Escolha outro local com --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se puede derogar el artículo {0}: no rige al {1}.</source>
      <translation>Não é possível revogar o artigo {0}: ele não está em vigor em {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se puede escribir en la carpeta {0} ({1}): {2}. Elija otra carpeta para {3}.</source>
      <translation>Não é possível gravar na pasta {0} ({1}): {2}. Escolha outra pasta para {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se puede escribir en {0}: el archivo o su carpeta es de solo lectura. Copie la base a una carpeta propia (por ejemplo Documentos) y ábrala desde allí.</source>
      <translation>Não é possível gravar em {0}: o arquivo ou a pasta dele é somente leitura. Copie o banco de dados para uma pasta sua (por exemplo, Documentos) e abra-o a partir dali.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/archivos.py" />
      <source>No se puede escribir {0} ({1}). Si el archivo está abierto en otro programa, ciérrelo; si la carpeta es de solo lectura, elija otra.</source>
      <translation>Não é possível gravar {0} ({1}). Se o arquivo estiver aberto em outro programa, feche-o; se a pasta for somente leitura, escolha outra.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No se puede escribir {0} ({1}). Si el archivo está abierto en otro programa, ciérrelo; si la carpeta es de solo lectura, elija otra. No se modificó nada.</source>
      <translation>Não é possível gravar {0} ({1}). Se o arquivo estiver aberto em outro programa, feche-o; se a pasta for somente leitura, escolha outra. Nada foi modificado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se puede escribir {0}: {1}. {2}. Elija otra carpeta u otro nombre (si la carpeta es de solo lectura o el archivo está abierto en otro programa).</source>
      <translation>Não é possível gravar {0}: {1}. {2}. Escolha outra pasta ou outro nome (se a pasta for somente leitura ou o arquivo estiver aberto em outro programa).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No se puede leer {0}: {1}.</source>
      <translation>Não é possível ler {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se puede leer «{0}»: {1}. Revise la ruta; no se guardó nada.</source>
      <translation>Não é possível ler “{0}”: {1}. Verifique o caminho; nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se puede restaurar en la carpeta {0}: {1}. No se tocó nada: la base sigue como estaba.</source>
      <translation>Não é possível restaurar na pasta {0}: {1}. Nada foi tocado: o banco de dados continua como estava.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se quitó {0} de {1}:</source>
      <translation>{0} não foi removido de {1}:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <source>No se registraron miembros presentes.</source>
      <translation>Não foram registrados membros presentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No se registró el cambio de estado:</source>
      <translation>A mudança de situação não foi registrada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No se registró el cambio de estado: mientras lo confirmaba, otro programa cambió los mandatos de {0}. Ahora terminarían:
{1}
Revise la lista y confirme de nuevo.</source>
      <translation>A mudança de situação não foi registrada: enquanto você a confirmava, outro programa alterou os mandatos de {0}. Agora terminariam:
{1}
Revise a lista e confirme novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No se registró el mandato:</source>
      <translation>O mandato não foi registrado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No se registró el pago:</source>
      <translation>O pagamento não foi registrado:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>No se registró el poder de {0} a {1}: {0} {2} en la sesión del {3}, y quien no vota no puede dar un poder (solo el propio voto se delega). Anótelo como ausente o excusado, sin poder.</source>
      <translation>A procuração de {0} a {1} não foi registrada: {0} {2} na sessão de {3}, e quem não vota não pode dar procuração (só se delega o próprio voto). Registre-o como ausente ou justificado, sem procuração.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>No se registró el poder de {0}: {1} {2} en la sesión del {3}. Un poder solo puede darse a un integrante del órgano con derecho a voto en esa sesión; elija a otro portador.</source>
      <translation>A procuração de {0} não foi registrada: {1} {2} na sessão de {3}. Uma procuração só pode ser dada a um integrante do órgão com direito a voto nessa sessão; escolha outro procurador.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>No se registró el traspaso. {0}</source>
      <translation>A transmissão não foi registrada. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se registró la exención</source>
      <translation>A isenção não foi registrada</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se registró la reforma:</source>
      <translation>A reforma não foi registrada:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No se registró la solicitud: la fecha de la solicitud ({0}) es posterior a hoy.</source>
      <translation>A solicitação não foi registrada: a data da solicitação ({0}) é posterior a hoje.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No se registró la votación:</source>
      <translation>A votação não foi registrada:</translation>
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Nombre</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Nombre del invitado</source>
      <translation>Nome do convidado</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Número: «{0}» no es un número de sesión posible; escriba de 1 a 100.000 (o déjelo vacío para el siguiente).</source>
      <translation>Número: “{0}” não é um número de sessão possível; digite de 1 a 100.000 (ou deixe vazio para o seguinte).</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/errores.py" />
      <source>Operación cancelada: no se modificó nada.</source>
      <translation>Operação cancelada: nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Orden de las fechas «{0}» desconocido: use dd/mm (día/mes/año) o mm/dd (mes/día/año).</source>
      <translation>Ordem das datas “{0}” desconhecida: use dd/mm (dia/mês/ano) ou mm/dd (mês/dia/ano).</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Ordinaria</source>
      <translation>Ordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Ordinaria (regla general)</source>
      <translation>Ordinária (regra geral)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>Organigrama</source>
      <translation>Organograma</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Organización</source>
      <translation>Organização</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Otra ventana o programa está guardando en la base: esperando a que termine…</source>
      <translation>Outra janela ou programa está salvando no banco de dados: aguardando a conclusão…</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Otro</source>
      <translation>Outro</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Otro país (nombre o código ISO)</source>
      <translation>Outro país (nome ou código ISO)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Otro programa borró el diario de la base (el archivo «-wal» junto a ella) mientras esta ventana la tenía abierta. Escritorio dejó de guardar en ese momento.</source>
      <translation>Outro programa apagou o diário do banco de dados (o arquivo «-wal» ao lado dele) enquanto esta janela o tinha aberto. O Escritorio parou de salvar nesse momento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/vigilancia.py" />
      <source>Otro programa borró o reemplazó el diario de la base ({0}) mientras Escritorio lo usaba. Lo que se guardara ahora se perdería, así que no se guardó nada. Vuelva a abrir la base (Archivo → Abrir, o repita la orden) y revise que esté lo último que guardó.</source>
      <translation>Outro programa apagou ou substituiu o diário do banco de dados ({0}) enquanto o Escritorio o usava. O que fosse salvo agora se perderia, então nada foi salvo. Reabra o banco de dados (Arquivo → Abrir, ou repita o comando) e confira se está o último que salvou.</translation>
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
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Pago de {0} registrado con el recibo {1}: imputado {2}</source>
      <translation>Pagamento de {0} registrado com o recibo {1}: imputado {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Pago registrado con el recibo {0}: imputado {1}</source>
      <translation>Pagamento registrado com o recibo {0}: imputado {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} anulado: {1}</source>
      <translation>Pagamento {0} anulado: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} aplicado a la {1}: {2}</source>
      <translation>Pagamento {0} aplicado à {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} modificado: {1}</source>
      <translation>Pagamento {0} alterado: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} registrado: {1} por {2}{3}</source>
      <translation>Pagamento {0} registrado: {1} por {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0}: referencia «{1}» → «{2}»</source>
      <translation>Pagamento {0}: referência “{1}” → “{2}”</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Papel</source>
      <translation>Papel</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Papel: «{0}» desconocido; use {1}.</source>
      <translation>Papel: “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/diagnostico.py" />
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>Para recuperar la base: «escritorio respaldo recuperar» (aparta el archivo dañado con la fecha y restaura el último respaldo sano de esta misma base).</source>
      <translation>Para recuperar o banco de dados: “escritorio respaldo recuperar” (separa o arquivo danificado com a data e restaura o último backup íntegro deste mesmo banco de dados).</translation>
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>País</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>País pleno</source>
      <translation>País pleno</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>País: {0}.</source>
      <translation>País: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>País: «{0}» no es un país reconocido; use el código ISO de dos letras (AR, BR, UY…) o su nombre.</source>
      <translation>País: “{0}” não é um país reconhecido; use o código ISO de duas letras (AR, BR, UY…) ou o nome do país.</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: categoría «{0}» para {1} desconocida; use {2} (por ejemplo {3}:pleno).</source>
      <translation>Países: categoria “{0}” para {1} desconhecida; use {2} (por exemplo {3}:pleno).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: elija al menos un país con su categoría (pleno, asociado u observador); los miembros solo pueden ser de los países de la asociación. Después podrá agregar, quitar o cambiar países en «Datos de la asociación».</source>
      <translation>Países: escolha pelo menos um país com sua categoria (pleno, associado ou observador); os membros só podem ser dos países da associação. Depois você poderá adicionar, remover ou alterar países em “Dados da associação”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: {0} figura dos veces; déjelo una sola vez.</source>
      <translation>Países: {0} aparece duas vezes; deixe-o uma única vez.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: «{0}:{1}» {2}.</source>
      <translation>Países: “{0}:{1}” {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: «{0}» no es un país reconocido; use el código ISO de dos letras (AR, BR, UY…) o su nombre, por ejemplo "AR:pleno,UY:asociado".</source>
      <translation>Países: “{0}” não é um país reconhecido; use o código ISO de duas letras (AR, BR, UY…) ou o nome do país, por exemplo "AR:pleno,UY:asociado".</translation>
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
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Persona</source>
      <translation>Pessoa</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Persona candidata</source>
      <translation>Pessoa candidata</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Período: «{0}» meses no es posible; escriba de 1 a {1} meses (12 = un año).</source>
      <translation>Período: “{0}” meses não é possível; digite de 1 a {1} meses (12 = um ano).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Pida un estado de cuenta nuevo: el saldo de hoy es otro.</source>
      <translation>Peça um extrato novo: o saldo de hoje é outro.</translation>
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Población</source>
      <translation>População</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Población de {0} corregida: {1} hab.{2}</source>
      <translation>População de {0} corrigida: {1} hab.{2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Población de {0} quitada: {1} hab.{2}</source>
      <translation>População de {0} removida: {1} hab.{2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Población de {0}: {1} hab.{2}</source>
      <translation>População de {0}: {1} hab.{2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Población total</source>
      <translation>População total</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Población: se agrega la cifra histórica {0}; sigue rigiendo {1}</source>
      <translation>População: acrescenta-se o número histórico {0}; continua valendo {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Población: {0} → {1}</source>
      <translation>População: {0} → {1}</translation>
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Porcentaje: {0}. El porcentaje de exención va de 1 a 100 (100 = exención total); no se registró la exención.</source>
      <translation>Porcentagem: {0}. A porcentagem de isenção vai de 1 a 100 (100 = isenção total); a isenção não foi registrada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Preparando…</source>
      <translation>Preparando…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Presente</source>
      <translation>Presente</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/actas.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Presidencia por el cargo en otro órgano</source>
      <translation>Presidência pelo cargo em outro órgão</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problema</source>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problemas</source>
      <translation>Problemas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problemas al importar {0}</source>
      <translation>Problemas ao importar {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problemas de la importación</source>
      <translation>Problemas da importação</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Puestos por categoría de país</source>
      <translation>Lugares por categoria de país</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Puestos: escriba cuántos puestos se eligen, de 1 a {0}.</source>
      <translation>Lugares: digite quantos lugares serão eleitos, de 1 a {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <source>Punto</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Punto «{0}» agregado al orden del día de la {1}</source>
      <translation>Item “{0}” adicionado à ordem do dia da {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Punto «{0}» modificado en el orden del día de la {1}</source>
      <translation>Item “{0}” alterado na ordem do dia da {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Punto «{0}» quitado del orden del día de la {1}</source>
      <translation>Item “{0}” removido da ordem do dia da {1}</translation>
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
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Queda 1 puesto</source>
      <translation>Resta 1 lugar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Queda registrado: {0}

La {1} cerrada no se puede repetir ni corregir.</source>
      <translation>Fica registrado: {0}

A {1} encerrada não pode ser repetida nem corrigida.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Quedan {0} puestos</source>
      <translation>Restam {0} lugares</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Quitado</source>
      <translation>Removido</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Quórum ({0})</source>
      <translation>Quórum ({0})</translation>
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
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Recibo</source>
      <translation>Recibo</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <source>Recibo Nº {0}</source>
      <translation>Recibo N.º {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Recibo {0} emitido (pago de {1})</source>
      <translation>Recibo {0} emitido (pagamento de {1})</translation>
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
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Recomendación</source>
      <translation>Recomendação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Recordatorio de cuotas pendientes</source>
      <translation>Lembrete de contribuições pendentes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Red</source>
      <translation>Rede</translation>
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
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Referencia: {0}.</source>
      <translation>Referência: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reforma de {0} vigente desde el {1}</source>
      <translation>Reforma de {0} em vigor desde {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Reforma de «{0}» (reforma {1}), vigente desde el {2}</source>
      <translation>Reforma de “{0}” (reforma {1}), vigente desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Reforma del estatuto</source>
      <translation>Reforma do estatuto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Registrar la solicitud</source>
      <translation>Registrar a solicitação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Registre primero la votación de este punto.</source>
      <translation>Registre primeiro a votação deste item.</translation>
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Región</source>
      <translation>Região</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de composición {0} modificada: {1}</source>
      <translation>Regra de composição {0} alterada: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de composición {0} nueva: {1}</source>
      <translation>Nova regra de composição {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de composición {0} quitada: {1}</source>
      <translation>Regra de composição {0} removida: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Regla de ingreso «{0}» desconocida; use {1}.</source>
      <translation>Regra de adesão “{0}” desconhecida; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Regla de la baja «{0}» desconocida; use {1}.</source>
      <translation>Regra de desligamento “{0}” desconhecida; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de sesión {0} ({1}) modificada, vigente desde el {2}</source>
      <translation>Regra de sessão {0} ({1}) alterada, em vigor desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de sesión {0} ({1}) nueva, vigente desde el {2}</source>
      <translation>Nova regra de sessão {0} ({1}), em vigor desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de sesión {0} ({1}) quitada, vigente desde el {2}</source>
      <translation>Regra de sessão {0} ({1}) removida, em vigor desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Regla «{0}» desconocida; use {1}.</source>
      <translation>Regra “{0}” desconhecida; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/sesiones.py" />
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
      <location filename="../../escritorio/dominio/verificacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Resolución</source>
      <translation>Resolução</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Resolución {0}</source>
      <translation>Resolução {0}</translation>
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
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Resultado</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Resultaron electas {0} de {1}: {2}.</source>
      <translation>Foram eleitas {0} candidaturas para {1}: {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Resultó electa 1 de {0}: {1}.</source>
      <translation>Foi eleita 1 candidatura para {0}: {1}.</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Resumen del punto</source>
      <translation>Resumo do item</translation>
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
      <location filename="../../escritorio/salida.py" />
      <source>Revise la ruta (o elija otra carpeta u otro nombre) y repita la orden.</source>
      <translation>Revise o caminho (ou escolha outra pasta ou outro nome) e repita o comando.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Revise los datos marcados:</source>
      <translation>Revise os dados marcados:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y defina una escala nueva desde el {0} si cambia lo que se cobra (Cuotas &gt; Escalas &gt; «Nueva escala…»).</source>
      <translation>Revise-a e defina uma nova tabela a partir de {0} se mudar o que se cobra (Contribuições &gt; Tabelas &gt; “Nova tabela…”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y guarde una versión nueva de la regla desde el {0} (Órganos &gt; Reglas de sesión…, «Rigen desde»).</source>
      <translation>Revise-a e salve uma nova versão da regra a partir de {0} (Órgãos &gt; Regras de sessão…, “Em vigor desde”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y vuelva a guardarla (Cuotas &gt; Morosidad &gt; «Cambiar la regla…», o «escritorio cuotas regla-voto»).</source>
      <translation>Revise-a e salve-a novamente (Contribuições &gt; Inadimplência &gt; “Alterar a regra…”, ou “escritorio cuotas regla-voto”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y vuelva a guardarla (Órganos &gt; Reglas de sesión…, «Días de anticipación de la convocatoria»).</source>
      <translation>Revise-a e salve-a novamente (Órgãos &gt; Regras de sessão…, “Dias de antecedência da convocação”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Rige desde</source>
      <translation>Vigente desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Rige hasta</source>
      <translation>Vigente até</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Rigen desde</source>
      <translation>Em vigor desde</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Rol</source>
      <translation>Função</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Se emitió cuando el acta de su sesión estaba en borrador; hoy está aprobada (el {0}): la versión vigente cita el acta aprobada.</source>
      <translation>Foi emitida quando a ata da sua sessão estava em rascunho; hoje está aprovada (em {0}): a versão vigente cita a ata aprovada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Se espera un archivo de texto (.txt o .md, en UTF-8 o Windows-1252) con cada artículo en una línea «Artículo N»; si el estatuto está en Word o PDF, cópielo y péguelo en un archivo de texto (o en el formulario de la ventana).</source>
      <translation>Espera-se um arquivo de texto (.txt ou .md, em UTF-8 ou Windows-1252) com cada artigo em uma linha “Artículo N”; se o estatuto estiver em Word ou PDF, copie-o e cole-o em um arquivo de texto (ou no formulário da janela).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>Se perdió la conexión con el servidor {0}: no se guardó nada. Revise la red y vuelva a abrir la base; lo que estaba escribiendo no llegó al servidor.</source>
      <translation>A conexão com o servidor {0} foi perdida: nada foi salvo. Verifique a rede e abra a base novamente; o que estava sendo gravado não chegou ao servidor.</translation>
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
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Se saltó a {0} ({1}): {2} ya completó su cupo de {3} ({4}).</source>
      <translation>Pulou-se {0} ({1}): {2} já completou sua cota de {3} ({4}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Se superpone con la escala de {0} vigente desde el {1} al {2}: dos escalas no pueden regir el mismo día. Ponga fin a la anterior o elija otras fechas.</source>
      <translation>Sobrepõe-se à tabela de {0} vigente de {1} a {2}: duas tabelas não podem vigorar no mesmo dia. Encerre a anterior ou escolha outras datas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Se superpone con la escala de {0} vigente desde el {1} sin fecha de fin: dos escalas no pueden regir el mismo día. Ponga fin a la anterior o elija otras fechas.</source>
      <translation>Sobrepõe-se à tabela de {0} vigente desde {1}, sem data de término: duas tabelas não podem vigorar no mesmo dia. Encerre a anterior ou escolha outras datas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Se volvió a abrir la base</source>
      <translation>O banco de dados foi reaberto</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Secretario de Programación</source>
      <translation>Secretário de Programação</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Secretaría</source>
      <translation>Secretaria</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Secretaría Ejecutiva</source>
      <translation>Secretaria Executiva</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Secretaría Ejecutiva anterior, actual y siguiente</source>
      <translation>Secretaria Executiva anterior, atual e seguinte</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Secretaría Ejecutiva: {0} → {1} desde el {2}</source>
      <translation>Secretaria Executiva: {0} → {1} a partir de {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Sede</source>
      <translation>Sede</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Según la base de datos:</source>
      <translation>Segundo o banco de dados:</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Sesiones de viaje</source>
      <translation>Sessões em viagem</translation>
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
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión devuelta al servidor: {0} filas agregadas, {1} cambiadas y {2} borradas; {3} documentos emitidos en la copia quedaron registrados allá. Ya se puede modificar en el servidor; la copia queda en este equipo como estaba.</source>
      <translation>Sessão devolvida ao servidor: {0} linhas adicionadas, {1} alteradas e {2} excluídas; {3} documentos emitidos na cópia ficaram registrados lá. Já pode ser modificada no servidor; a cópia fica neste computador como estava.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión que se lleva. En el servidor queda de solo lectura hasta que vuelva:</source>
      <translation>Sessão que será levada. No servidor fica somente leitura até voltar:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión {0} llevada: en el servidor queda de solo lectura hasta que vuelva.

La copia es {1}. Trabaje en ella sin conexión (asistencia, votaciones, el acta) y, al volver, elija «Archivo → Devolver la sesión al servidor».

¿Abrir la copia ahora?</source>
      <translation>Sessão {0} levada: no servidor fica somente leitura até voltar.

A cópia é {1}. Trabalhe nela sem conexão (presença, votações, a ata) e, ao voltar, escolha “Arquivo → Devolver a sessão ao servidor”.

Abrir a cópia agora?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión {0}, llevada por {1} el {2} (UTC)</source>
      <translation>Sessão {0}, levada por {1} em {2} (UTC)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>Si el pago ya hubiera sido realizado, les agradeceremos que nos hagan llegar el comprobante para registrarlo y que desestimen el presente aviso.</source>
      <translation>Caso o pagamento já tenha sido efetuado, agradecemos o envio do comprovante para o devido registro e solicitamos que desconsiderem este aviso.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Sigla</source>
      <translation>Sigla</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Sigla:</source>
      <translation>Sigla:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Sigla: ya existe una asociación con la sigla «{0}»; elija otra.</source>
      <translation>Sigla: já existe uma associação com a sigla “{0}”; escolha outra.</translation>
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Solicitante</source>
      <translation>Solicitante</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Solicitud de ingreso</source>
      <translation>Solicitação de adesão</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
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
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Solo se firma un acta aprobada.</source>
      <translation>Só se assina uma ata aprovada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>Su usuario del servidor («{0}») no tiene un papel de Escritorio: puede ver, pero no cambiar nada. Pida a quien administra el servidor que le asigne uno.</source>
      <translation>Seu usuário do servidor (“{0}”) não tem um papel do Escritorio: pode ver, mas não alterar nada. Peça a quem administra o servidor que lhe atribua um.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>Su usuario del servidor («{0}») tiene el papel de consulta: puede ver todo, pero no cambiar nada.</source>
      <translation>Seu usuário do servidor (“{0}”) tem o papel de consulta: pode ver tudo, mas não alterar nada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>Su usuario del servidor («{0}», papel {1}) no tiene permiso para hacer este cambio: no se guardó nada. Si debe hacerlo, pida a quien administra el servidor que le dé el papel que corresponde.</source>
      <translation>Seu usuário do servidor (“{0}”, papel {1}) não tem permissão para fazer esta alteração: nada foi salvo. Se precisar fazê-la, peça a quem administra o servidor que lhe dê o papel correspondente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Su usuario no puede crear otros en el servidor: lo hace quien lo administra.</source>
      <translation>Seu usuário não pode criar outros no servidor: quem faz isso é quem o administra.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Suplente</source>
      <translation>Suplente</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Suspendida</source>
      <translation>Suspensa</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/morosidad.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Suspendido</source>
      <translation>Suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Suspensión de {0} desde el {1}</source>
      <translation>Suspensão de {0} desde {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Suspensión del voto por cuotas impagas</source>
      <translation>Suspensão do voto por contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/morosidad.py" />
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
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Teléfono</source>
      <translation>Telefone</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Termina el mandato de {0}: {1} — {2}, el {3}</source>
      <translation>Encerra o mandato de {0}: {1} — {2}, em {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Termina su mandato de {3} de {4} por {0}{1}</source>
      <translation>Término do mandato de {3} de {4} por {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Texto</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Texto de la resolución</source>
      <translation>Texto da resolução</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Texto: difiere del emitido en espacios o signos.</source>
      <translation>Texto: difere do emitido em espaços ou sinais.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Texto: {0}el archivo agrega «{1}», que el emitido no dice.</source>
      <translation>Texto: {0}o arquivo acrescenta “{1}”, que o emitido não diz.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Texto: {0}el emitido dice «{1}» y el archivo dice «{2}».</source>
      <translation>Texto: {0}o emitido diz “{1}” e o arquivo diz “{2}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Texto: {0}el emitido dice «{1}» y el archivo no lo dice.</source>
      <translation>Texto: {0}o emitido diz “{1}” e o arquivo não diz.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Tiene una fe de erratas posterior a este documento, del {0}: «{1}».</source>
      <translation>Tem uma errata posterior a este documento, de {0}: “{1}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Tipo</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Tipo de adherente «{0}» desconocido; use {1}.</source>
      <translation>Tipo de aderente “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Tipo de cambio</source>
      <translation>Taxa de câmbio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Tipo de cambio: {0}.</source>
      <translation>Taxa de câmbio: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tipo de cargo «{0}» desconocido; use {1}.</source>
      <translation>Tipo de lançamento “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de decisión «{0}» desconocido; use uno de estos: {1} (la regla de quórum y mayoría de cada uno está en las reglas de sesión del órgano).</source>
      <translation>Tipo de decisão “{0}” desconhecido; use um destes: {1} (a regra de quórum e maioria de cada um está nas regras de sessão do órgão).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de decisión «{0}» desconocido; use {1}.</source>
      <translation>Tipo de decisão “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Tipo de norma «{0}» desconocido; use {1}.</source>
      <translation>Tipo de norma “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de punto «{0}» desconocido; use {1}.</source>
      <translation>Tipo de item “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de sesión «{0}» desconocido; use ordinaria o extraordinaria.</source>
      <translation>Tipo de sessão “{0}” desconhecido; use ordinaria ou extraordinaria.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Tipo «{0}» desconocido; use {1}.</source>
      <translation>Tipo “{0}” desconhecido; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Tipo:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Tipo: «{0}» desconocido; use uno de: {1}.</source>
      <translation>Tipo: “{0}” desconhecido; use um destes: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Titular</source>
      <translation>Titular</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Todavía no hay firmas digitales.</source>
      <translation>Ainda não há assinaturas digitais.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Todavía no hay ninguna asociación en esta base. Cree una con «escritorio asociacion crear --nombre … --sigla …» o cargue la red de ejemplo con «escritorio demo».</source>
      <translation>Ainda não há nenhuma associação neste banco de dados. Crie uma com “escritorio asociacion crear --nombre … --sigla …” ou carregue a rede de exemplo com “escritorio demo”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>Todo saldo impago cuenta para suspender el voto (sin tolerancia).</source>
      <translation>Todo saldo não pago conta para suspender o voto (sem tolerância).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Todos los cargos</source>
      <translation>Todos os lançamentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Todos los miembros activos</source>
      <translation>Todos os membros ativos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tolerancia (porcentaje de la cuota)</source>
      <translation>Tolerância (porcentagem da contribuição)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tolerancia (unidades de la moneda)</source>
      <translation>Tolerância (unidades da moeda)</translation>
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
      <source>Tramo de escala modificado: desde {0} hab., {1}</source>
      <translation>Faixa da tabela alterada: a partir de {0} hab., {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Tramo de escala quitado: desde {0} hab., {1}</source>
      <translation>Faixa da tabela removida: a partir de {0} hab., {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Tramo de escala: desde {0} hab., {1}</source>
      <translation>Faixa da tabela: a partir de {0} hab., {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tramo {0}: importe {1}.</source>
      <translation>Faixa {0}: valor {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tramo {0}: {1}.</source>
      <translation>Faixa {0}: {1}.</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/servicios/estatutos.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Título</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Título de la resolución</source>
      <translation>Título da resolução</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Título del artículo {0}</source>
      <translation>Título do artigo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Título del punto</source>
      <translation>Título do item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Un archivo con los certificados raíz de su autoridad certificante (.pem, .crt, .cer): con él se valida la confianza, sin conexión.</source>
      <translation>Um arquivo com os certificados raiz da sua autoridade certificadora (.pem, .crt, .cer): com ele a confiança é validada, sem conexão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Un borrador se corrige directamente; la fe de erratas es para actas aprobadas.</source>
      <translation>Um rascunho é corrigido diretamente; a errata é para atas aprovadas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Un miembro figura dos veces en el orden de sucesión.</source>
      <translation>Um membro aparece duas vezes na ordem de sucessão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Un miembro no puede darse poder a sí mismo.</source>
      <translation>Um membro não pode dar procuração a si mesmo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Un miembro presente no da poder: vota por sí mismo.</source>
      <translation>Um membro presente não dá procuração: vota por si mesmo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Un país agregado por error se borra entero, sin fecha ni artículo: quite la fecha y el artículo, o quítelo desde una fecha sin marcar «por error».</source>
      <translation>Um país adicionado por engano é apagado por inteiro, sem data nem artigo: retire a data e o artigo, ou remova-o a partir de uma data sem marcar “por engano”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>Un saldo de hasta {0} no suspende el voto{1}.</source>
      <translation>Um saldo de até {0} não suspende o voto{1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>Un saldo de hasta {0} o {1} no suspende el voto{2}.</source>
      <translation>Um saldo de até {0} ou {1} não suspende o voto{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Una decisión ordinaria pide</source>
      <translation>Uma decisão ordinária exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Una declaración no admite ni excluye miembros: adopte una resolución.</source>
      <translation>Uma declaração não admite nem exclui membros: adote uma resolução.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Una elección exige</source>
      <translation>Uma eleição exige</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>Una fila de la tabla «{0}» no entra en el servidor ({1}): no se guardó nada en el servidor. Corra «escritorio verificar» sobre la base local: lo más probable es que esa fila se haya cambiado por fuera de Escritorio.</source>
      <translation>Uma linha da tabela “{0}” não é aceita pelo servidor ({1}): nada foi salvo no servidor. Execute “escritorio verificar” no banco de dados local: o mais provável é que essa linha tenha sido alterada fora do Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Unidad</source>
      <translation>Unidade</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
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
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Valor</source>
      <translation>Valor</translation>
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
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Viaje de la sesión {0} cancelado: ya se puede modificar en el servidor.</source>
      <translation>Viagem da sessão {0} cancelada: já pode ser modificada no servidor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Viaje de la {0} cancelado por {1}: {2}</source>
      <translation>Viagem da {0} cancelada por {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Viaje que se cancela:</source>
      <translation>Viagem a cancelar:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
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
      <location filename="../../escritorio/servicios/estatutos.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votación abierta sobre {0}</source>
      <translation>Votação aberta sobre {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votación cerrada (aprobada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}</source>
      <translation>Votação encerrada (aprovada: {0} a favor, {1} contra, {2} abstenções) sobre {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votación cerrada (rechazada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}</source>
      <translation>Votação encerrada (rejeitada: {0} a favor, {1} contra, {2} abstenções) sobre {3}</translation>
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
      <location filename="../../escritorio/servicios/poderes.py" />
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
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Ya existe el miembro «{0}» ({1}) con el mismo país, región y nombre (sin contar mayúsculas ni acentos). Si es el mismo, ábralo desde el padrón; si es otro, agregue al nombre algo que lo distinga (por ejemplo, el departamento o la provincia) o el código oficial de ambos.</source>
      <translation>Já existe o membro “{0}” ({1}) com o mesmo país, região e nome (sem contar maiúsculas nem acentos). Se for o mesmo, abra-o a partir do cadastro; se for outro, acrescente ao nome algo que o distinga (por exemplo, o estado, o departamento ou a província) ou o código oficial de ambos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Ya existe el usuario «{0}» en el servidor.</source>
      <translation>O usuário “{0}” já existe no servidor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Ya existe un órgano llamado «{0}».</source>
      <translation>Já existe um órgão chamado “{0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>Ya existe {0}. No se reemplazó. Elija otro nombre, o una carpeta (el nombre del respaldo se elige solo); para reemplazar un respaldo anterior de esta misma base, pídalo explícitamente (en la línea de órdenes, --reemplazar).</source>
      <translation>{0} já existe. Ele não foi substituído. Escolha outro nome, ou uma pasta (o nome do backup é escolhido automaticamente); para substituir um backup anterior deste mesmo banco de dados, peça isso explicitamente (na linha de comando, --reemplazar).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>Ya existe {0}. No se reemplazó; elija otro nombre.</source>
      <translation>{0} já existe. Ele não foi substituído; escolha outro nome.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Ya existe {0}: no se exportó nada. Elija otro nombre, o agregue --reemplazar para reemplazar ese archivo.</source>
      <translation>{0} já existe: nada foi exportado. Escolha outro nome, ou adicione --reemplazar para substituir esse arquivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>Ya existe {0}: no se reemplaza. Elija otro nombre para la copia de viaje.</source>
      <translation>{0} já existe: não é substituído. Escolha outro nome para a cópia de viagem.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Ya existe {0}: no se reemplaza. Elija otro nombre para la copia.</source>
      <translation>{0} já existe: não é substituído. Escolha outro nome para a cópia.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>Ya existe {0}: {1}. Elija otro nombre para {2}, o agregue --reemplazar para reemplazar ese archivo.</source>
      <translation>{0} já existe: {1}. Escolha outro nome para {2} ou acrescente --reemplazar para substituir esse arquivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Ya existe «{0}» en esa carpeta. ¿Reemplazarlo?</source>
      <translation>Já existe “{0}” nessa pasta. Substituí-lo?</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Ya hay un traspaso registrado desde el {0} ({1}): no se puede registrar otro en esa fecha o antes.</source>
      <translation>Já há uma transmissão registrada a partir de {0} ({1}): não é possível registrar outra nessa data ou antes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Ya hay una reforma de esos artículos con vigencia el {0}; elija otra fecha o corrija la reforma existente.</source>
      <translation>Já há uma reforma desses artigos com vigência em {0}; escolha outra data ou corrija a reforma existente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <source>a favor</source>
      <translation>a favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>a favor + en contra (las abstenciones no cuentan)</source>
      <translation>a favor + contra (as abstenções não contam)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>a favor + en contra + abstenciones</source>
      <translation>a favor + contra + abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>actividad a su cargo</source>
      <translation>atividade sob sua responsabilidade</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>actividades a su cargo</source>
      <translation>atividades sob sua responsabilidade</translation>
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
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>admite</source>
      <translation>admite</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>agregado</source>
      <translation>agregado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>al comienzo, </source>
      <translation>no início, </translation>
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
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>alterado o desconocido</source>
      <translation>alterado ou desconhecido</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>archivo</source>
      <translation>arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>artículo</source>
      <translation>artigo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>asistencia a una sesión</source>
      <translation>presença em uma sessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>asistencias a sesiones</source>
      <translation>presenças em sessões</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>asociación nacional</source>
      <translation>associação nacional</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>asociado</source>
      <translation>associado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>autoridad anterior</source>
      <translation>autoridade anterior</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>autoridades anteriores</source>
      <translation>autoridades anteriores</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>auténtico pero reemplazado</source>
      <translation>autêntico, mas substituído</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>auténtico y vigente</source>
      <translation>autêntico e vigente</translation>
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
      <location filename="../../escritorio/servicios/organos.py" />
      <source>cada año</source>
      <translation>todo ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>cada mes</source>
      <translation>todo mês</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>cada {0} meses</source>
      <translation>a cada {0} meses</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>cambiado</source>
      <translation>cambiado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>cambio de estado</source>
      <translation>mudança de situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cambios de estado</source>
      <translation>mudanças de situação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>candidatura</source>
      <translation>candidatura</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>candidaturas</source>
      <translation>candidaturas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>cargo #{0}</source>
      <translation>lançamento #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cargo de cuotas</source>
      <translation>lançamento de contribuição</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cargos de cuotas</source>
      <translation>lançamentos de contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cifra de población anterior</source>
      <translation>número de população anterior</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cifras de población anteriores</source>
      <translation>números de população anteriores</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>ciudades, regiones y población de la red de ejemplo</source>
      <translation>cidades, regiões e população da rede de exemplo</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>columna {0}</source>
      <translation>coluna {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>columna {0} ({1})</source>
      <translation>coluna {0} ({1})</translation>
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
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>consulta (solo leer)</source>
      <translation>consulta (somente leitura)</translation>
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
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>código {0}</source>
      <translation>código {0}</translation>
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
      <source>de los votos a favor, en contra y abstenciones</source>
      <translation>dos votos a favor, contra e abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los votos emitidos</source>
      <translation>dos votos emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los votos válidos</source>
      <translation>dos votos válidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de todos los votos, contando blancos y nulos</source>
      <translation>de todos os votos, contando brancos e nulos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>de {0}</source>
      <translation>de {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>debe estar entre 1800 y {0}</source>
      <translation>deve estar entre 1800 e {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>decisiones de resoluciones sobre el miembro</source>
      <translation>decisões de resoluções sobre o membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>decisión de una resolución sobre el miembro</source>
      <translation>decisão de uma resolução sobre o membro</translation>
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
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>desde el {0}, hasta el {1}</source>
      <translation>de {0} até {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>desde el {0}, sin fin</source>
      <translation>desde {0}, sem data de término</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>desde siempre</source>
      <translation>desde sempre</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>desde {0}</source>
      <translation>desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>después de «{0}», </source>
      <translation>depois de “{0}”, </translation>
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
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>el PDF firmado</source>
      <translation>o PDF assinado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>el PDF firmado por {0} el {1}</source>
      <translation>o PDF assinado por {0} em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>el acta</source>
      <translation>a ata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>el archivo .p12 o .pfx de quien firma</source>
      <translation>o arquivo .p12 ou .pfx de quem assina</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el archivo es demasiado grande para este disco</source>
      <translation>o arquivo é grande demais para este disco</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el archivo está abierto en otro programa; ciérrelo</source>
      <translation>o arquivo está aberto em outro programa; feche-o</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el archivo está en uso por otro programa</source>
      <translation>o arquivo está sendo usado por outro programa</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>el archivo no tiene filas de datos debajo de los encabezados</source>
      <translation>o arquivo não tem linhas de dados abaixo dos cabeçalhos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>el año</source>
      <translation>o ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>el cargo</source>
      <translation>o cargo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>el contacto «{0}»</source>
      <translation>o contato “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>el código no está en el texto del documento (solo en sus metadatos)</source>
      <translation>o código não está no texto do documento (só nos metadados)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>el código «{0}» ya aparece en la fila {1}; cada miembro debe figurar una sola vez</source>
      <translation>o código “{0}” já aparece na linha {1}; cada membro deve constar uma única vez</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el disco está lleno (no queda espacio)</source>
      <translation>o disco está cheio (não há espaço)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el disco o la carpeta es de solo lectura</source>
      <translation>o disco ou a pasta é somente leitura</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>el equipo del servidor</source>
      <translation>o computador do servidor</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el estado de cuenta</source>
      <translation>o extrato</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el general (arriba)</source>
      <translation>o geral (acima)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>el informe de la unidad</source>
      <translation>o relatório da unidade</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el lote de avisos</source>
      <translation>o lote de avisos de cobrança</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <source>el miembro</source>
      <translation>o membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>el miembro #{0}</source>
      <translation>o membro #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>el miembro con id {0}</source>
      <translation>o membro com id {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>el miembro «{0}»</source>
      <translation>o membro “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>el miembro «{0}» ({1}, {2})</source>
      <translation>o membro “{0}” ({1}, {2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>el miembro «{0}» ({1}, {2}, código {3})</source>
      <translation>o membro “{0}” ({1}, {2}, código {3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el nombre es demasiado largo</source>
      <translation>o nome é longo demais</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el nombre no es válido en este disco</source>
      <translation>o nome não é válido neste disco</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el ordinario</source>
      <translation>o ordinário</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>el organigrama</source>
      <translation>o organograma</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el padrón de cuotas</source>
      <translation>o cadastro de contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>el pago {0}</source>
      <translation>o pagamento {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el recibo</source>
      <translation>o recibo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el resumen de cobranza</source>
      <translation>o resumo da arrecadação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>el texto de la norma</source>
      <translation>o texto da norma</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>el texto de los PDF (HarfBuzz)</source>
      <translation>o texto dos PDFs (HarfBuzz)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>el valor no está entre los permitidos: regla «{0}»</source>
      <translation>o valor não está entre os permitidos: regra “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>el {0}</source>
      <translation>o {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>el {0} % de la cuota</source>
      <translation>{0}% da contribuição</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>eleccion</source>
      <translation>eleccion</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>error de lectura o escritura del disco (¿se quitó el pendrive o se cortó la red?)</source>
      <translation>erro de leitura ou gravação no disco (o pen drive foi removido ou a rede caiu?)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>error del sistema</source>
      <translation>erro do sistema</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>error del sistema n.º {0}</source>
      <translation>erro do sistema n.º {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>es anterior a la fecha de ingreso ({0}); revise una de las dos</source>
      <translation>é anterior à data de adesão ({0}); revise uma das duas</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>es demasiado largo (más de 255 bytes)</source>
      <translation>é longo demais (mais de 255 bytes)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>es demasiado largo ({0} caracteres; el máximo es {1}); acórtelo</source>
      <translation>é longo demais ({0} caracteres; o máximo é {1}); encurte-o</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>es mayor que la de cualquier país; revise la cifra</source>
      <translation>é maior que a de qualquer país; revise o número</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>es negativa</source>
      <translation>é negativa</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>es un respaldo de otra base{0}</source>
      <translation>é um backup de outro banco de dados{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>es una base SQLite de otro programa, no un respaldo de Escritorio</source>
      <translation>é um banco de dados SQLite de outro programa, não um backup do Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>es una base de Escritorio en uso (tiene su diario o su testigo al lado), no un respaldo</source>
      <translation>é um banco de dados do Escritorio em uso (tem o diário ou a testemunha ao lado), não um backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>es una carpeta, no un archivo</source>
      <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>escala</source>
      <translation>tabela</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>esta fila y la fila {0} corresponden al mismo miembro («{1}»); cada miembro debe figurar una sola vez</source>
      <translation>esta linha e a linha {0} correspondem ao mesmo membro (“{1}”); cada membro deve constar uma única vez</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>está vacía; escriba el número de habitantes</source>
      <translation>está vazia; escreva o número de habitantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>está vacío</source>
      <translation>está vazio</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>está vacío; cada miembro necesita un nombre</source>
      <translation>está vazio; cada membro precisa de um nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/paises.py" />
      <source>está vacío; elija el país del miembro</source>
      <translation>está vazio; escolha o país do membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>está vacío; escríbalo</source>
      <translation>está vazio; preencha-o</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>excluye</source>
      <translation>exclui</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>exenciones</source>
      <translation>isenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>exención</source>
      <translation>isenção</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>falta el importe; escríbalo, por ejemplo 500,00</source>
      <translation>falta o valor; digite-o, por exemplo 500,00</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>falta la moneda; escriba su código ISO 4217 de tres letras (por ejemplo USD, ARS, BRL)</source>
      <translation>falta a moeda; escreva o código ISO 4217 de três letras (por exemplo USD, ARS, BRL)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>falta la población; escriba desde cuántos habitantes rige el tramo (por ejemplo 100.000)</source>
      <translation>falta a população; digite a partir de quantos habitantes vale a faixa (por exemplo 100.000)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>falta un dato obligatorio: «{0}»</source>
      <translation>falta um dado obrigatório: “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>falta; escriba cuánto se pagó, por ejemplo 250,00</source>
      <translation>falta; digite quanto foi pago, por exemplo 250,00</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>faltan columnas obligatorias: {0}. La primera fila debe tener los encabezados (encontrados: {1})</source>
      <translation>faltam colunas obrigatórias: {0}. A primeira linha deve ter os cabeçalhos (encontrados: {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>federación</source>
      <translation>federação</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>fila {0}</source>
      <translation>linha {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>fila {0} «{1}»</source>
      <translation>linha {0} “{1}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>firma de una declaración</source>
      <translation>assinatura de uma declaração</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>firma guardada n.º {0}</source>
      <translation>assinatura salva n.º {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>firmas de declaraciones</source>
      <translation>assinaturas de declarações</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>hace referencia a un registro que no existe, o lo usa otro registro{0}</source>
      <translation>faz referência a um registro que não existe, ou é usado por outro registro{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <source>hasta {0}</source>
      <translation>até {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>hay demasiados archivos abiertos</source>
      <translation>há arquivos abertos demais</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>hay un cargo pero falta el nombre de la autoridad en la columna Autoridad</source>
      <translation>há um cargo, mas falta o nome da autoridade na coluna Autoridade</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>hay un motivo de estado pero la columna Estado está vacía; escriba el estado (Activo, Suspendido o Baja) o borre esta celda</source>
      <translation>há um motivo de situação, mas a coluna Situação está vazia; escreva a situação (Ativo, Suspenso ou Desligado) ou apague esta célula</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>hay una fecha de estado pero la columna Estado está vacía; escriba el estado (Activo, Suspendido o Baja) o borre esta celda</source>
      <translation>há uma data de situação, mas a coluna Situação está vazia; escreva a situação (Ativo, Suspenso ou Desligado) ou apague esta célula</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>idéntico al PDF firmado digitalmente por {0} el {1}, que la base guarda</source>
      <translation>idêntico ao PDF assinado digitalmente por {0} em {1}, que o banco de dados guarda</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>idéntico byte a byte a la copia {0} (una reimpresión), generado el {1} (hora UTC)</source>
      <translation>idêntico byte a byte à cópia {0} (uma reimpressão), gerado em {1} (hora UTC)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>idéntico byte a byte al original, generado el {0} (hora UTC)</source>
      <translation>idêntico byte a byte ao original, gerado em {0} (hora UTC)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>importes en letras</source>
      <translation>valores por extenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>indique qué columna corresponde a: {0}</source>
      <translation>indique qual coluna corresponde a: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>integra el órgano sin voto</source>
      <translation>integra o órgão sem voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>integra el órgano sin voto ({0})</source>
      <translation>integra o órgão sem voto ({0})</translation>
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
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>la asistencia y las votaciones</source>
      <translation>a presença e as votações</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>la base</source>
      <translation>o banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la base de datos</source>
      <translation>o banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>la base llega hasta el sello {0}</source>
      <translation>o banco de dados chega até o selo {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>la base no se pudo copiar ({0})</source>
      <translation>o banco de dados não pôde ser copiado ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>la base no tiene ningún sello</source>
      <translation>o banco de dados não tem nenhum selo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>la bitácora</source>
      <translation>o registro de auditoria</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>la candidatura más votada</source>
      <translation>a candidatura mais votada</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la carpeta de datos</source>
      <translation>a pasta de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>la columna {0} está asignada a {1} y a {2}</source>
      <translation>a coluna {0} está atribuída a {1} e a {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>la columna «{0}» está repetida (ya aparece en la columna {1}); deje solo una</source>
      <translation>a coluna “{0}” está repetida (já aparece na coluna {1}); deixe só uma</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>la composición</source>
      <translation>a composição</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>la convocatoria</source>
      <translation>a convocação</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>la copia {0} del documento {1}</source>
      <translation>a cópia {0} do documento {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>la del certificado (no se guarda)</source>
      <translation>a do certificado (não é salva)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>la fila {0}</source>
      <translation>a linha {0}</translation>
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
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>la matriz de participación</source>
      <translation>a matriz de participação</translation>
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
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>la morosidad</source>
      <translation>a inadimplência</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la ordinaria</source>
      <translation>a ordinária</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>la población {0}</source>
      <translation>a população {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>la regla</source>
      <translation>a regra</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>la regla cita el art. {0} antes de que existiera; rige otro texto desde el {1}</source>
      <translation>a regra cita o art. {0} de antes de ele existir; vigora outro texto a partir de {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>la regla cita el art. {0} en su texto de {1}; rige otro texto desde el {2}</source>
      <translation>a regra cita o art. {0} em seu texto de {1}; vigora outro texto a partir de {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>la regla de voto por cuotas impagas</source>
      <translation>a regra de voto por contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>la resolución</source>
      <translation>a resolução</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>la resolución {0}</source>
      <translation>a resolução {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>la resolución {0} (vea los números con «escritorio resoluciones listar»)</source>
      <translation>a resolução {0} (veja os números com “escritorio resoluciones listar”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>la ruta tiene demasiados enlaces</source>
      <translation>o caminho tem links demais</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la ventana</source>
      <translation>a interface</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>la votación sobre {0}</source>
      <translation>votação sobre {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>la {0}</source>
      <translation>a {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>las fechas mezclan dos órdenes: {0} solo se pueden leer como día/mes, y {1} solo como mes/día. No se importó nada, para no cambiar el día por el mes. Corrija las que estén al revés (mejor, escriba todas como aaaa-mm-dd, por ejemplo 2024-04-13)</source>
      <translation>as datas misturam duas ordens: {0} só podem ser lidas como dia/mês, e {1} só como mês/dia. Nada foi importado, para não trocar o dia pelo mês. Corrija as que estiverem invertidas (melhor: escreva todas como aaaa-mm-dd, por exemplo 2024-04-13)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>las fechas se pueden leer de dos maneras y ninguna de la columna lo decide (ninguna tiene un número mayor que 12): «{0}» es el {1} si es día/mes, o el {2} si es mes/día. Fechas ambiguas: {3}. No se importó nada, para no cambiar el día por el mes. {4}</source>
      <translation>as datas podem ser lidas de duas maneiras e nenhuma da coluna decide (nenhuma tem um número maior que 12): “{0}” é {1} se for dia/mês, ou {2} se for mês/dia. Datas ambíguas: {3}. Nada foi importado, para não trocar o dia pelo mês. {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>las reglas de sesión de «{0}»</source>
      <translation>as regras de sessão de “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>las reglas del órgano</source>
      <translation>as regras do órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>las reglas vigentes desde el {0}</source>
      <translation>as regras vigentes desde {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los PDF</source>
      <translation>os PDFs</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>los datos de la asociación {0}</source>
      <translation>os dados da associação {0}</translation>
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
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>lugar en un orden de sucesión</source>
      <translation>lugar em uma ordem de sucessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>lugares en órdenes de sucesión</source>
      <translation>lugares em ordens de sucessão</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>mandato</source>
      <translation>mandato</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>mandatos</source>
      <translation>mandatos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>mayoría</source>
      <translation>maioria</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>miembros con derecho a voto, presentes o no</source>
      <translation>membros com direito a voto, presentes ou não</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>miembros presentes con derecho a voto (y sus poderes)</source>
      <translation>membros presentes com direito a voto (e suas procurações)</translation>
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>nadie pierde el voto por deudas</source>
      <translation>ninguém perde o voto por dívidas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>ninguna</source>
      <translation>nenhuma</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>ninguno</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>ninguno (sin punto)</source>
      <translation>nenhum (sem item)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>ninguno: se verificó solo el código (compare el papel con estos datos)</source>
      <translation>nenhum: foi verificado só o código (compare o papel com estes dados)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o firmarse por fuera de Escritorio), pero su texto dice lo mismo que  el original emitido, palabra por palabra</source>
      <translation>não é idêntico byte a byte a nenhum dos arquivos emitidos (pode ter sido salvo de novo, impresso em PDF ou assinado fora do Escritorio), mas seu texto diz o mesmo que o original emitido, palavra por palavra</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o firmarse por fuera de Escritorio), pero su texto dice lo mismo que  la copia {0} emitido, palabra por palabra</source>
      <translation>não é idêntico byte a byte a nenhum dos arquivos emitidos (pode ter sido salvo de novo, impresso em PDF ou assinado fora do Escritorio), mas seu texto diz o mesmo que a cópia {0} emitida, palavra por palavra</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o firmarse por fuera de Escritorio), pero su texto dice lo mismo que la base: número, nombres, importes y huellas coinciden</source>
      <translation>não é idêntico byte a byte a nenhum dos arquivos emitidos (pode ter sido salvo de novo, impresso em PDF ou assinado fora do Escritorio), mas seu texto diz o mesmo que o banco de dados: número, nomes, valores e hashes coincidem</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>no es ninguno de los archivos emitidos y su texto difiere</source>
      <translation>não é nenhum dos arquivos emitidos e seu texto é diferente</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no es un archivo</source>
      <translation>não é um arquivo</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un estado de miembro; use Activo, Suspendido o Baja (si esta columna trae la región —un estado de Brasil o de México—, titúlela «Región»)</source>
      <translation>não é uma situação de membro; use Ativo, Suspenso ou Desligado (se esta coluna traz a região —um estado do Brasil ou do México—, dê a ela o título “Região”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un modo de ingreso conocido; use {0} o {1}</source>
      <translation>não é uma forma de adesão conhecida; use {0} ou {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es un número entero</source>
      <translation>não é um número inteiro</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es un número entero (ejemplos válidos: 1234567, 1.234.567, 1 234 567)</source>
      <translation>não é um número inteiro (exemplos válidos: 1234567, 1.234.567, 1 234 567)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un país reconocido; use el código ISO de dos letras (AR, BR…) o su nombre</source>
      <translation>não é um país reconhecido; use o código ISO de duas letras (AR, BR…) ou o nome do país</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no es un respaldo de Escritorio (ni siquiera es una base SQLite)</source>
      <translation>não é um backup do Escritorio (nem sequer é um banco de dados SQLite)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un tipo conocido; use {0}</source>
      <translation>não é um tipo conhecido; use {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es una dirección de correo válida (ejemplo: nombre@municipio.gob)</source>
      <translation>não é um endereço de e-mail válido (exemplo: nome@municipio.gov.br)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es una fecha válida; escríbala como dd/mm/aaaa (por ejemplo 15/03/1995)</source>
      <translation>não é uma data válida; escreva-a como dd/mm/aaaa (por exemplo 15/03/1995)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>no es {0}</source>
      <translation>não é {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>no existe la carpeta (o se borró mientras se escribía)</source>
      <translation>a pasta não existe (ou foi apagada durante a gravação)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no hay permiso para escribir allí (la carpeta o el disco es de solo lectura); elija una carpeta suya, por ejemplo Documentos</source>
      <translation>não há permissão para escrever ali (a pasta ou o disco é somente leitura); escolha uma pasta sua, por exemplo Documentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>no integra el órgano</source>
      <translation>não integra o órgão</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cupos_de_eleccion.py" />
      <source>no miembro</source>
      <translation>não membro</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no queda espacio en el disco; libere espacio o elija otro disco</source>
      <translation>não há espaço livre no disco; libere espaço ou escolha outro disco</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no se entiende; escriba Sí (es fundador) o No</source>
      <translation>não foi entendido; escreva Sim (é fundador) ou Não</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>no se exportó nada</source>
      <translation>nada foi exportado</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>no se guardó nada</source>
      <translation>nada foi salvo</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>no se hizo nada</source>
      <translation>nada foi feito</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>no se pudo validar contra una autoridad de confianza</source>
      <translation>não pôde ser validada por uma autoridade confiável</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no se puede comprobar que sea un respaldo de esta misma base (no tiene identidad)</source>
      <translation>não é possível comprovar que seja um backup deste mesmo banco de dados (não tem identidade)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no se puede crear ni abrir un archivo allí (la carpeta no existe, es de solo lectura o no hay permiso); elija una carpeta suya, por ejemplo Documentos</source>
      <translation>não é possível criar nem abrir um arquivo ali (a pasta não existe, é somente leitura ou não há permissão); escolha uma pasta sua, por exemplo Documentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no se puede leer (está dañado o no es un respaldo de Escritorio)</source>
      <translation>não pode ser lido (está danificado ou não é um backup do Escritorio)</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>norma #{0}</source>
      <translation>norma #{0}</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
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
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>pago</source>
      <translation>pagamento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>pagos</source>
      <translation>pagamentos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>país {0}</source>
      <translation>país {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>permiso denegado (no hay permiso para escribir allí; si el archivo está abierto en otro programa, ciérrelo)</source>
      <translation>permissão negada (não há permissão para gravar ali; se o arquivo estiver aberto em outro programa, feche-o)</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>pleno</source>
      <translation>pleno</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>poderes</source>
      <translation>procurações</translation>
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
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>primer año de quien ingresa</source>
      <translation>primeiro ano de quem ingressa</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>punto #{0}</source>
      <translation>item #{0}</translation>
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
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>quórum</source>
      <translation>quórum</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>registrado por fuera de Escritorio</source>
      <translation>registrado por fora do Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>reportlab</source>
      <translation>reportlab</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>resolución #{0}</source>
      <translation>resolução #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>retirado</source>
      <translation>retirado</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>se agotó el espacio asignado en el disco</source>
      <translation>acabou a cota de espaço em disco</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>se aplicó {0}. {1}</source>
      <translation>aplicou-se {0}. {1}</translation>
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
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>secretaría (todo)</source>
      <translation>secretaria (tudo)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>sesión #{0}</source>
      <translation>sessão #{0}</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>sesión {0}{1} {2} ({3})</source>
      <translation>sessão {0}{1} {2} ({3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>sin artículo</source>
      <translation>sem artigo</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>sin exigencia</source>
      <translation>sem exigência</translation>
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
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>sin máximo</source>
      <translation>sem máximo</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>sin papel</source>
      <translation>sem papel</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>sin región</source>
      <translation>sem região</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>sin voto</source>
      <translation>sem voto</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>solo los votos a candidaturas</source>
      <translation>só os votos em candidaturas</translation>
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
      <location filename="../../escritorio/servicios/organos.py" />
      <source>su regla</source>
      <translation>sua regra</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>su usuario</source>
      <translation>o seu usuário</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>suspendido</source>
      <translation>suspenso</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>sí</source>
      <translation>sim</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>termina 1 mandato el {0}</source>
      <translation>encerra 1 mandato em {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>termina {0} mandatos el {1}</source>
      <translation>encerra {0} mandatos em {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>tesorería (cuotas y pagos)</source>
      <translation>tesouraria (cotas e pagamentos)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>texto</source>
      <translation>texto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene bytes que no son texto (posición {0}); vuelva a escribirlo o guarde el archivo como UTF-8</source>
      <translation>tem bytes que não são texto (posição {0}); volte a escrevê-lo ou salve o arquivo como UTF-8</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene bytes que no son texto (vuelva a escribirlo)</source>
      <translation>tem bytes que não são texto (escreva-o novamente)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>tiene cifras que no son del 0 al 9 (por ejemplo «{0}»); escriba la fecha con las cifras 0 1 2 3 4 5 6 7 8 9</source>
      <translation>tem algarismos que não são de 0 a 9 (por exemplo “{0}”); escreva a data com os algarismos 0 1 2 3 4 5 6 7 8 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>tiene cifras que no son del 0 al 9 (por ejemplo «{0}»); escríbala con las cifras 0 1 2 3 4 5 6 7 8 9</source>
      <translation>tem algarismos que não são de 0 a 9 (por exemplo “{0}”); escreva-a com os algarismos 0 1 2 3 4 5 6 7 8 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>tiene decimales; escriba un número entero de habitantes</source>
      <translation>tem casas decimais; escreva um número inteiro de habitantes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>tiene el voto suspendido por cuotas impagas{0}</source>
      <translation>está com o voto suspenso por contribuições não pagas{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene un carácter de control invisible</source>
      <translation>tem um caractere de controle invisível</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene un carácter invisible (U+{0:04X}, posición {1}), de los que quedan al copiar de una página web o de Word; bórrelo o vuelva a escribir esa parte del texto</source>
      <translation>tem um caractere invisível (U+{0:04X}, posição {1}), dos que ficam ao copiar de uma página da web ou do Word; apague-o ou volte a escrever essa parte do texto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene un carácter invisible que cambia el orden en que se ve el texto (U+{0:04X}, posición {1}); bórrelo</source>
      <translation>tem um caractere invisível que altera a ordem em que o texto é exibido (U+{0:04X}, posição {1}); apague-o</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene un carácter nulo</source>
      <translation>tem um caractere nulo</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene un carácter que Windows no admite en un nombre (&lt; &gt; : " | ? *) o termina en punto o espacio</source>
      <translation>tem um caractere que o Windows não aceita em um nome (&lt; &gt; : " | ? *) ou termina em ponto ou espaço</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene un carácter que no se puede mostrar (U+{0:04X}, posición {1}); bórrelo</source>
      <translation>tem um caractere que não pode ser exibido (U+{0:04X}, posição {1}); apague-o</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene {0} (U+{1:04X}, posición {2}); bórrelo y vuelva a escribir esa parte del texto</source>
      <translation>tem {0} (U+{1:04X}, posição {2}); apague-o e volte a escrever essa parte do texto</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene {0} (posición {1}); escríbalo en una sola línea</source>
      <translation>tem {0} (posição {1}); escreva-o em uma só linha</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>todos_los_activos</source>
      <translation>todos_los_activos</translation>
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
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un PDF</source>
      <translation>um PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un archivo binario (tiene caracteres nulos)</source>
      <translation>um arquivo binário (tem caracteres nulos)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un archivo comprimido</source>
      <translation>um arquivo compactado</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>un año (escriba cuatro cifras, por ejemplo 2022)</source>
      <translation>um ano (escreva quatro algarismos, por exemplo 2022)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un carácter de control invisible</source>
      <translation>um caractere de controle invisível</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un carácter nulo</source>
      <translation>um caractere nulo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>un documento</source>
      <translation>um documento</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un documento RTF</source>
      <translation>um documento RTF</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un documento de Word o Excel antiguo (.doc, .xls)</source>
      <translation>um documento antigo do Word ou do Excel (.doc, .xls)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un documento de Word, una planilla o un .zip</source>
      <translation>um documento do Word, uma planilha ou um .zip</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro de baja necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, «Renuncia presentada por nota»)</source>
      <translation>um membro desligado precisa do motivo: escreva-o na coluna “Motivo da situação” (por exemplo, “Renúncia apresentada por ofício”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro de baja necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» (dd/mm/aaaa)</source>
      <translation>um membro desligado precisa da data desde a qual está desligado: escreva-a na coluna “Situação desde” (dd/mm/aaaa)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro suspendido necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, «Renuncia presentada por nota»)</source>
      <translation>um membro suspenso precisa do motivo: escreva-o na coluna “Motivo da situação” (por exemplo, “Renúncia apresentada por ofício”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro suspendido necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» (dd/mm/aaaa)</source>
      <translation>um membro suspenso precisa da data desde a qual está suspenso: escreva-a na coluna “Situação desde” (dd/mm/aaaa)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>un número entero</source>
      <translation>um número inteiro</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>un porcentaje</source>
      <translation>uma porcentagem</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un retorno de carro</source>
      <translation>um retorno de carro</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un salto de línea</source>
      <translation>uma quebra de linha</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un tabulador</source>
      <translation>uma tabulação</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>un tercio</source>
      <translation>um terço</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una base de datos</source>
      <translation>um banco de dados</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una base mayor</source>
      <translation>uma base maior</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una base menor</source>
      <translation>uma base menor</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>una cantidad de cuotas</source>
      <translation>uma quantidade de contribuições</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>una ciudad solicitante todavía no ingresó: borre la fecha de ingreso (la pone la resolución que la admite)</source>
      <translation>uma cidade solicitante ainda não aderiu: apague a data de adesão (ela é definida pela resolução que a admite)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una fracción mayor</source>
      <translation>uma fração maior</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una fracción menor</source>
      <translation>uma fração menor</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen GIF</source>
      <translation>uma imagem GIF</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen JPEG</source>
      <translation>uma imagem JPEG</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen PNG</source>
      <translation>uma imagem PNG</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen TIFF</source>
      <translation>uma imagem TIFF</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>una parte de la ruta no es una carpeta</source>
      <translation>uma parte do caminho não é uma pasta</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>una población entera (por ejemplo 100.000)</source>
      <translation>uma população inteira (por exemplo 100.000)</translation>
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
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>votaciones</source>
      <translation>votações</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>votación</source>
      <translation>votação</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto emitido</source>
      <translation>voto emitido</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>voto en una elección</source>
      <translation>voto em uma eleição</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto válido</source>
      <translation>voto válido</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto, contando blancos y nulos</source>
      <translation>voto, contando brancos e nulos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto, contando las abstenciones</source>
      <translation>voto, contando as abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>votos a candidaturas + en blanco (los nulos no cuentan)</source>
      <translation>votos em candidaturas + em branco (os nulos não contam)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>votos a candidaturas + en blanco + nulos</source>
      <translation>votos em candidaturas + em branco + nulos</translation>
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
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>votos en elecciones</source>
      <translation>votos em eleições</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos válidos</source>
      <translation>votos válidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos, contando blancos y nulos</source>
      <translation>votos, contando brancos e nulos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos, contando las abstenciones</source>
      <translation>votos, contando as abstenções</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>y {0} más</source>
      <translation>e mais {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>ya existe</source>
      <translation>já existe</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>ya existe otra asociación con la sigla «{0}» ({1}); elija otra</source>
      <translation>já existe outra associação com a sigla “{0}” ({1}); escolha outra</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>ya hay demasiados archivos con ese nombre</source>
      <translation>já há arquivos demais com esse nome</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>ya hay otro registro con el mismo «{0}»</source>
      <translation>já existe outro registro com o mesmo “{0}”</translation>
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
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} (cuatro cifras, por ejemplo {1})</source>
      <translation>{0} (quatro algarismos, por exemplo {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} (id {1}) no integra el órgano en la fecha de la sesión: no se registra su asistencia (los invitados y observadores van en la lista de invitados).</source>
      <translation>{0} (id {1}) não integra o órgão na data da sessão: sua presença não é registrada (convidados e observadores vão na lista de convidados).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/campos.py" />
      <source>{0} (línea {1})</source>
      <translation>{0} (linha {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/paises.py" />
      <source>{0} ({1}) no es un país de la asociación; sus países son: {2}. Elija uno de ellos; si la asociación incorporó ese país, agréguelo antes (escritorio asociacion pais {1} --categoria pleno)</source>
      <translation>{0} ({1}) não é um país da associação; os países dela são: {2}. Escolha um deles; se a associação incorporou esse país, adicione-o antes (escritorio asociacion pais {1} --categoria pleno)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} ({1}, {2}): el mandato vence el {3}{4}, en {5}.</source>
      <translation>{0} ({1}, {2}): o mandato vence em {3}{4}, daqui a {5}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} ({1}, {2}): el mandato vence hoy, {3}{4}.</source>
      <translation>{0} ({1}, {2}): o mandato vence hoje, {3}{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} ({1}, {2}): su período{3} terminó el {4} y sigue sin traspaso.</source>
      <translation>{0} ({1}, {2}): seu período{3} terminou em {4} e continua sem transmissão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0} ({1}; sin voto: {2}, su poder a {3} no vale)</source>
      <translation>{0} ({1}; sem voto: {2}, sua procuração a {3} não vale)</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} deja de ser país de {1} desde el {2}{3}; antes de esa fecha se sigue contando con la categoría que tenía.</source>
      <translation>{0} deixa de ser país de {1} a partir de {2}{3}; antes dessa data continua contando com a categoria que tinha.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} deja la asociación; era {1}</source>
      <translation>{0} deixa a associação; era {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} devuelta del viaje al servidor</source>
      <translation>{0} devolvida da viagem ao servidor</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} día</source>
      <translation>{0} dia</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} días</source>
      <translation>{0} dias</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} el {2} no es país de la asociación{1}; no hay nada que quitar.</source>
      <translation>{0} em {2} não é país da associação{1}; não há nada a remover.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} el {3} tiene {1} miembro que no está de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} em {3} tem {1} membro que não está desligado ({2}). Antes de remover o país, registre o desligamento desses membros com data {3} ou anterior (Membros › Registrar desligamento, ou “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); se foram cadastrados com um país errado, corrija o país na ficha deles.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} el {3} tiene {1} miembros que no están de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} em {3} tem {1} membros que não estão desligados ({2}). Antes de remover o país, registre o desligamento desses membros com data {3} ou anterior (Membros › Registrar desligamento, ou “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); se foram cadastrados com um país errado, corrija o país na ficha deles.</translation>
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
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} es anterior a {1}; revise el año</source>
      <translation>{0} é anterior a {1}; revise o ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0} es de solo lectura: {1}. Elija otro nombre para {2}.</source>
      <translation>{0} é somente leitura: {1}. Escolha outro nome para {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} es demasiado grande para ser un estatuto (más de {1} MB). {2} No se guardó nada.</source>
      <translation>{0} é grande demais para ser um estatuto (mais de {1} MB). {2} Nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} es el único país de la asociación y los miembros solo pueden ser de sus países. Agregue primero el país que corresponde y después quite este.</source>
      <translation>{0} é o único país da associação e os membros só podem ser dos seus países. Adicione primeiro o país correspondente e depois remova este.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es la propia base en uso: elija otro archivo para el respaldo.</source>
      <translation>{0} é o próprio banco de dados em uso: escolha outro arquivo para o backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>{0} es un archivo de la base que Escritorio tiene abierta (la base, su diario o su índice). Escritorio no lo lee ni lo escribe por fuera de la base: elija otro archivo. Para copiar la base use Archivo → Crear respaldo.</source>
      <translation>{0} é um arquivo do banco de dados que o Escritorio tem aberto (o banco, o diário ou o índice). O Escritorio não o lê nem o escreve por fora do banco de dados: escolha outro arquivo. Para copiar o banco de dados use Arquivo → Criar backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es un archivo, no una carpeta: no se puede guardar {1} dentro. No se creó el respaldo; elija una carpeta que exista.</source>
      <translation>{0} é um arquivo, não uma pasta: não é possível salvar {1} dentro. O backup não foi criado; escolha uma pasta que exista.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} es una base SQLite de otro programa, no de Escritorio. No se modificó; elija el archivo correcto con --db RUTA.</source>
      <translation>{0} é um banco de dados SQLite de outro programa, não do Escritorio. Ele não foi modificado; escolha o arquivo correto com --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es una base SQLite de otro programa, no de Escritorio: Escritorio no lo reemplaza. No se restauró nada; indique la base correcta con --db RUTA.</source>
      <translation>{0} é um banco de dados SQLite de outro programa, não do Escritorio: o Escritorio não o substitui. Nada foi restaurado; indique o banco de dados correto com --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es una base SQLite de otro programa, no un respaldo de Escritorio. No se restauró nada.</source>
      <translation>{0} é um banco de dados SQLite de outro programa, não um backup do Escritorio. Nada foi restaurado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} es una carpeta, no un archivo. {1} No se guardó nada.</source>
      <translation>{0} é uma pasta, não um arquivo. {1} Nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es una carpeta, no una base de Escritorio. No se restauró nada.</source>
      <translation>{0} é uma pasta, não um banco de dados do Escritorio. Nada foi restaurado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>{0} es una carpeta: indique un archivo PDF.</source>
      <translation>{0} é uma pasta: indique um arquivo PDF.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0} es una carpeta: {1}. Indique un archivo {2} dentro de ella, por ejemplo {3}.</source>
      <translation>{0} é uma pasta: {1}. Indique um arquivo {2} dentro dela, por exemplo {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} es una carpeta; indique un archivo, por ejemplo {1}.</source>
      <translation>{0} é uma pasta; indique um arquivo, por exemplo {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} es una ciudad solicitante: la admite la resolución de un punto de admisión aprobado (escritorio sesiones resolucion PUNTO --admite {1}), no un cambio de estado. Si retiró la solicitud, regístrela como baja.</source>
      <translation>{0} é uma cidade solicitante: quem a admite é a resolução de um item de adesão aprovado (escritorio sesiones resolucion PUNTO --admite {1}), não uma mudança de situação. Se ela retirou a solicitação, registre o desligamento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0} es una {1}, no una declaración: solo las declaraciones reciben firmas y adhesiones.</source>
      <translation>{0} é uma {1}, não uma declaração: só as declarações recebem assinaturas e adesões.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} es {1}, no un archivo de texto. {2} No se guardó nada.</source>
      <translation>{0} é {1}, não um arquivo de texto. {2} Nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} está demasiado adelante (el límite es {1}); revise el año</source>
      <translation>{0} está longe demais no futuro (o limite é {1}); revise o ano</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} está en el futuro</source>
      <translation>{0} está no futuro</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} está fuera de lo posible; debe estar entre {1} y {2}</source>
      <translation>{0} está fora do possível; deve estar entre {1} e {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} está vacío (0 bytes): no es una base de datos. No se modificó.</source>
      <translation>{0} está vazio (0 bytes): não é um banco de dados. Ele não foi modificado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} está vacío: no tiene ningún artículo. {1} No se guardó nada.</source>
      <translation>{0} está vazio: não tem nenhum artigo. {1} Nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} figura como {1} desde el {2}; un cambio con fecha anterior no tendría efecto. Use esa fecha o una posterior (si el alta se cargó con fecha equivocada, corrija primero la fecha de ingreso).</source>
      <translation>{0} consta como {1} desde {2}; uma mudança com data anterior não teria efeito. Use essa data ou uma posterior (se a adesão foi cadastrada com data errada, corrija primeiro a data de adesão).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} firma la {1}</source>
      <translation>{0} assina a {1}</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} habilitado para votar en {1}</source>
      <translation>{0} habilitado a votar na {1}</translation>
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
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} hoy no es país de la asociación{1}; no hay nada que quitar.</source>
      <translation>{0} hoje não é país da associação{1}; não há nada a remover.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} hoy tiene {1} miembro que no está de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} hoje tem {1} membro que não está desligado ({2}). Antes de remover o país, registre o desligamento desses membros com data {3} ou anterior (Membros › Registrar desligamento, ou “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); se foram cadastrados com um país errado, corrija o país na ficha deles.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} hoy tiene {1} miembros que no están de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} hoje tem {1} membros que não estão desligados ({2}). Antes de remover o país, registre o desligamento desses membros com data {3} ou anterior (Membros › Registrar desligamento, ou “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); se foram cadastrados com um país errado, corrija o país na ficha deles.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} invitado (corregido) a la {1}</source>
      <translation>{0} convidado (corrigido) para a {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} invitado a la {1}</source>
      <translation>{0} convidado para a {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} llevada de viaje por {1}</source>
      <translation>{0} levada em viagem por {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} mandatos empiezan después y no se modifican</source>
      <translation>{0} mandatos começam depois e não são alterados</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0} mes</source>
      <translation>{0} mês</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0} meses</source>
      <translation>{0} meses</translation>
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
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>{0} no es la copia de una sesión llevada (falta {1}): no hay nada que devolver. Una sesión se lleva con «escritorio servidor llevar».</source>
      <translation>{0} não é a cópia de uma sessão levada (falta {1}): não há nada para devolver. Uma sessão é levada com “escritorio servidor llevar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} no es más exigente: pide {1} pero sobre {2}, y según cuántos voten alcanzaría con menos votos que la regla. Vote con la regla, o suba la fracción sin achicar la base (o amplíe la base sin bajar la fracción), con el motivo del cambio.</source>
      <translation>{0} não é mais exigente: exige {1}, mas sobre {2}, e dependendo de quantos votarem bastariam menos votos do que com a regra. Vote com a regra, ou aumente a fração sem reduzir a base (ou amplie a base sem baixar a fração), informando o motivo da mudança.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} no es ni fue país de la asociación; no hay nada que quitar.</source>
      <translation>{0} não é nem foi país da associação; não há nada a remover.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} no es un respaldo de Escritorio (no es una base SQLite). No se restauró nada.</source>
      <translation>{0} não é um backup do Escritorio (não é um banco de dados SQLite). Nada foi restaurado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} no es una base de Escritorio (ni siquiera es SQLite): Escritorio no lo reemplaza. No se restauró nada; indique la base correcta con --db RUTA.</source>
      <translation>{0} não é um banco de dados do Escritorio (nem sequer é SQLite): o Escritorio não o substitui. Nada foi restaurado; indique o banco de dados correto com --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} no es una base de datos de Escritorio (ni siquiera es SQLite). No se modificó; elija el archivo correcto con --db RUTA.</source>
      <translation>{0} não é um banco de dados do Escritorio (nem sequer é SQLite). Ele não foi modificado; escolha o arquivo correto com --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0} no es una carpeta: {1}. Elija una carpeta existente para {2}.</source>
      <translation>{0} não é uma pasta: {1}. Escolha uma pasta existente para {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} no está en la carpeta de respaldos de esta base: no se borra.</source>
      <translation>{0} não está na pasta de backups deste banco de dados: ele não será excluído.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} no puede sentarse de oficio en sí mismo: quite «{1}» de la lista.</source>
      <translation>{0} não pode ter assento nato em si mesmo: retire “{1}” da lista.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} no termina ningún mandato; {1}.</source>
      <translation>{0} não encerra nenhum mandato; {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0} nuevos, {1} actualizados, {2} sin cambios</source>
      <translation>{0} novos, {1} atualizados, {2} sem alterações</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} pasa a llamarse {1}</source>
      <translation>{0} passa a se chamar {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} pasa a {1}</source>
      <translation>{0} passa a {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <source>{0} por cuotas impagas</source>
      <translation>{0} por contribuições não pagas</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} por país {1}</source>
      <translation>{0} por país {1}</translation>
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
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} puestos</source>
      <translation>{0} lugares</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} sale del orden de sucesión {1}</source>
      <translation>{0} sai da ordem de sucessão {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} se abstiene en {1}</source>
      <translation>{0} se abstém na {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} se quitó de {1} por completo, con su historia de categorías (se había agregado por error).</source>
      <translation>{0} foi removido de {1} por completo, com seu histórico de categorias (tinha sido adicionado por engano).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} se suma a la asociación como {1}</source>
      <translation>{0} entra na associação como {1}</translation>
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
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} sin cubrir: no hay más candidaturas con votos que puedan ocuparlos.</source>
      <translation>{0} sem preencher: não há mais candidaturas com votos que possam ocupá-los.</translation>
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} tiene un mandato de {1} de {2} desde el {3}, dentro del período elegido: corríjalo en el área Órganos antes de confirmar.</source>
      <translation>{0} tem um mandato de {1} de {2} desde {3}, dentro do período da eleição: corrija-o na área Órgãos antes de confirmar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} tramos: de {1} a {2}</source>
      <translation>{0} faixas: de {1} a {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>{0} unidad de la moneda de la cuota</source>
      <translation>{0} unidade da moeda da contribuição</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>{0} unidades de la moneda de la cuota</source>
      <translation>{0} unidades da moeda da contribuição</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} vota a favor en {1}</source>
      <translation>{0} vota a favor na {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} vota en contra en {1}</source>
      <translation>{0} vota contra na {1}</translation>
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>{0} votos nominales son de miembros sin derecho a voto en esta sesión.</source>
      <translation>{0} votos nominais são de membros sem direito a voto nesta sessão.</translation>
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
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0} y {1}</source>
      <translation>{0} e {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} y {1} más</source>
      <translation>{0} e mais {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0} ya adhiere a la {1}.</source>
      <translation>{0} já adere à {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} ya electas para el período</source>
      <translation>{0} já eleitas para o período</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} ya es candidatura en esta elección.</source>
      <translation>{0} já é candidatura nesta eleição.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} ya es {1} de {2} desde el {3}: ese mandato ya está registrado.</source>
      <translation>{0} já é {1} de {2} desde {3}: esse mandato já está registrado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>{0} ya es {1}: dos miembros no pueden tener el mismo país, región y nombre. Si es otro miembro, agregue al nombre algo que lo distinga (por ejemplo, el departamento o la provincia) o el código oficial de ambos; si es el mismo, use su código</source>
      <translation>{0} já é {1}: dois membros não podem ter o mesmo país, região e nome. Se for outro membro, acrescente ao nome algo que o distinga (por exemplo, o estado, o departamento ou a província) ou o código oficial de ambos; se for o mesmo, use o código dele</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0} ya firma la {1}.</source>
      <translation>{0} já assina a {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} ya no figura como firmante de la {1}</source>
      <translation>{0} não consta mais como signatário da {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} ya no figura como invitado a la {1}</source>
      <translation>{0} não consta mais como convidado da {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} ya tiene la regla «{1}» (regla {2}{3}): no se agregó otra igual. Para citar otro artículo, quite esa regla (Órganos &gt; Reglas de composición…, o «organos quitar-regla {2}») y agréguela de nuevo.</source>
      <translation>{0} já tem a regra “{1}” (regra {2}{3}): não foi adicionada outra igual. Para citar outro artigo, remova essa regra (Órgãos &gt; Regras de composição…, ou “organos quitar-regla {2}”) e adicione-a novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} {1} de {2}: {3}</source>
      <translation>{0} {1} de {2}: {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} {1} miembro es de ese país ({2}), así que no se agregó por error. Si esos miembros se cargaron con un país equivocado, corrija el país en su ficha; si el país se retiró, quítelo desde una fecha (sin «por error»).</source>
      <translation>{0} {1} membro é desse país ({2}), então ele não foi adicionado por engano. Se esses membros foram cadastrados com um país errado, corrija o país na ficha deles; se o país se retirou, remova-o a partir de uma data (sem “por engano”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} {1} miembros son de ese país ({2}), así que no se agregó por error. Si esos miembros se cargaron con un país equivocado, corrija el país en su ficha; si el país se retiró, quítelo desde una fecha (sin «por error»).</source>
      <translation>{0} {1} membros são desse país ({2}), então ele não foi adicionado por engano. Se esses membros foram cadastrados com um país errado, corrija o país na ficha deles; se o país se retirou, remova-o a partir de uma data (sem “por engano”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} {1} y {2}.</source>
      <translation>{0} {1} e {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} {1}: Escritorio no lo reemplaza. No se modificó; elija otro nombre.</source>
      <translation>{0} {1}: o Escritorio não o substitui. Ele não foi modificado; escolha outro nome.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0} {1}: {2} cargos nuevos por {3}, {4} ya emitidos</source>
      <translation>{0} {1}: {2} lançamentos novos no total de {3}, {4} já emitidos</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} {1}{2}; una votación no puede pedir menos.</source>
      <translation>{0} {1}{2}; uma votação não pode exigir menos.</translation>
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
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} — {1} {2}{3}: empieza después; no se modifica (designe a otro miembro)</source>
      <translation>{0} — {1} {2}{3}: começa depois; não é alterado (designe outro membro)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} — {1} {2}{3}: termina el {4}</source>
      <translation>{0} — {1} {2}{3}: termina em {4}</translation>
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
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>{0}, papel {1}</source>
      <translation>{0}, papel {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}, por poder otorgado a {1}</source>
      <translation>{0}, por procuração outorgada a {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0}, por {1}</source>
      <translation>{0}, por {1}</translation>
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
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0}: 1 problema; no se importó nada. Corríjalo y vuelva a importar:</source>
      <translation>{0}: 1 problema; nada foi importado. Corrija-o e importe novamente:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: activo desde el {1}</source>
      <translation>{0}: ativo desde {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>{0}: anticipación de la convocatoria</source>
      <translation>{0}: antecedência da convocação</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: debe integrarse con la Secretaría Ejecutiva anterior, la actual y la siguiente ({1}); la composición registrada no coincide.</source>
      <translation>{0}: deve ser integrado pela Secretaria Executiva anterior, pela atual e pela seguinte ({1}); a composição registrada não coincide.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>{0}: el padrón impreso es un PDF; use la extensión .pdf.</source>
      <translation>{0}: o cadastro impresso é um PDF; use a extensão .pdf.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>{0}: el padrón se exporta como libro de Excel; use la extensión .xlsx.</source>
      <translation>{0}: o cadastro de membros é exportado como pasta de trabalho do Excel; use a extensão .xlsx.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: el quórum se cuenta sobre los miembros con derecho a voto o sobre los integrantes.</source>
      <translation>{0}: o quórum é contado sobre os membros com direito a voto ou sobre os integrantes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>{0}: el registro no cambió desde que se emitió.</source>
      <translation>{0}: o registro não mudou desde que foi emitido.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0}: emitido {1}, hoy sería {2}</source>
      <translation>{0}: emitido {1}, hoje seria {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>{0}: la base dice «{1}»; el archivo no lo dice{2}.</source>
      <translation>{0}: o banco de dados diz “{1}”; o arquivo não diz isso{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: la fracción {1}/{2} no es un quórum posible; use una como 1/2, 2/3 o 3/4 (denominador de 1 a 1000).</source>
      <translation>{0}: a fração {1}/{2} não é um quórum possível; use uma como 1/2, 2/3 ou 3/4 (denominador de 1 a 1000).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: la fracción {1}/{2} no sirve; use una como 1/2, 2/3 o 3/4 (el numerador entre 1 y el denominador).</source>
      <translation>{0}: a fração {1}/{2} não serve; use uma como 1/2, 2/3 ou 3/4 (o numerador entre 1 e o denominador).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0}: la última sesión celebrada fue el {1}; {2} pide reunirse {3}. Hay una sesión atrasada.</source>
      <translation>{0}: a última sessão realizada foi em {1}; {2} exige reunir-se {3}. Há uma sessão atrasada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: los minutos de la segunda convocatoria deben ser más que cero (o ninguna).</source>
      <translation>{0}: os minutos da segunda convocação devem ser mais que zero (ou nenhuma).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: lugar {1} en el orden de sucesión {2}</source>
      <translation>{0}: posição {1} na ordem de sucessão {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: nadie ejerce la {1} en esa fecha y {2} le da la presidencia; registre quién la ejerce.</source>
      <translation>{0}: ninguém exerce a {1} nessa data e {2} lhe dá a presidência; registre quem a exerce.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0}: no se importó nada. La base rechazó un miembro repetido (mismo país, región y nombre, o mismo código, que otro ya registrado) porque algún miembro se cambió por fuera de Escritorio. Corra «escritorio verificar» para ver cuál, ábralo en su ficha y guárdelo, y vuelva a importar.</source>
      <translation>{0}: nada foi importado. O banco de dados rejeitou um membro repetido (mesmo país, região e nome, ou mesmo código, que outro já registrado) porque algum membro foi alterado fora do Escritorio. Execute “escritorio verificar” para ver qual, abra-o na ficha dele, salve-o e importe novamente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>{0}: regla de composición «{1}»</source>
      <translation>{0}: regra de composição “{1}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>{0}: regla de sesión «{1}» vigente desde el {2}</source>
      <translation>{0}: regra de sessão “{1}” vigente desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: tiene {1} integrantes; {2} fija {3}.</source>
      <translation>{0}: tem {1} integrantes; {2} fixa {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}: todavía dice «{1}» (…{2}…), que es de la plantilla</source>
      <translation>{0}: ainda diz “{1}” (…{2}…), que é do modelo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}: vacío</source>
      <translation>{0}: vazio</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0}: {1} (de 0 a {2}; 0 = sin tolerancia).</source>
      <translation>{0}: {1} (de 0 a {2}; 0 = sem tolerância).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>{0}: {1} ({2} del total)</source>
      <translation>{0}: {1} ({2} do total)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: {1} desde el {2}</source>
      <translation>{0}: {1} desde {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: {1} en la {2}</source>
      <translation>{0}: {1} na {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} figura como Presidente, pero {2} da la presidencia a quien ejerce la {3} ({4}). Corrija el cargo de ese mandato.</source>
      <translation>{0}: {1} consta como Presidente, mas {2} dá a presidência a quem exerce a {3} ({4}). Corrija o cargo desse mandato.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} figura como Presidente, pero {2} da la presidencia a quien ejerce la {3}. Corrija el cargo de ese mandato.</source>
      <translation>{0}: {1} consta como Presidente, mas {2} dá a presidência a quem exerce a {3}. Corrija o cargo desse mandato.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0}: {1} hasta el {2}</source>
      <translation>{0}: {1} até {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} miembros activos no figuran; {2} la integra con todos.</source>
      <translation>{0}: {1} membros ativos não constam; {2} inclui todos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: {1} minutos para la segunda convocatoria es demasiado; escriba hasta 10.080 (una semana).</source>
      <translation>{0}: {1} minutos para a segunda convocação é demais; digite até 10.080 (uma semana).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} ocupa {2} pero no es país miembro de la asociación ({3}).</source>
      <translation>{0}: {1} ocupa {2}, mas não é país membro da associação ({3}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} ocupa {2}; {3} admite {4}.</source>
      <translation>{0}: {1} ocupa {2}; {3} admite {4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0}: {1} problemas; no se importó nada. Corríjalos y vuelva a importar:</source>
      <translation>{0}: {1} problemas; nada foi importado. Corrija-os e importe novamente:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/archivos.py" />
      <source>{0}: {1} se guarda como {2}; use esa extensión.</source>
      <translation>{0}: {1} precisa ter a extensão {2}; use essa extensão.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0}: {1} se guarda como {2}; use esa extensión. {3}.</source>
      <translation>{0}: {1} é salvo como {2}; use essa extensão. {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} tiene {2} de {3} puestos; falta {4} según {5}.</source>
      <translation>{0}: {1} tem {2} de {3} lugares; falta {4} segundo {5}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} tiene {2} de {3} puestos; faltan {4} según {5}.</source>
      <translation>{0}: {1} tem {2} de {3} lugares; faltam {4} segundo {5}.</translation>
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
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0}: {1}. No se registró la exención.</source>
      <translation>{0}: {1}. A isenção não foi registrada.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: {1}/{2} más uno es más que todos: nunca habría quórum. Quite «más uno» o use una fracción menor.</source>
      <translation>{0}: {1}/{2} mais um é mais que todos: nunca haveria quórum. Retire “mais um” ou use uma fração menor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0}: «{1}» → «{2}»</source>
      <translation>{0}: “{1}” → “{2}”</translation>
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
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>{0}; lo registró {1}</source>
      <translation>{0}; registrado por {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}de {1}</source>
      <translation>{0}de {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0}{1}: {2}. {3} No se guardó nada.</source>
      <translation>{0}{1}: {2}. {3} Nada foi salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>{3} de {4} por {0}{1}</source>
      <translation>{3} de {4} por {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>«{0}»</source>
      <translation>“{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>«{0}» ({1})</source>
      <translation>“{0}” ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>«{0}» ({1}, {2}) ya aparece en la fila {3}; cada miembro debe figurar una sola vez</source>
      <translation>“{0}” ({1}, {2}) já aparece na linha {3}; cada membro deve constar uma única vez</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» desconocido; use uno de: {1}</source>
      <translation>“{0}” desconhecido; use um destes: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» desconocido; use {1}</source>
      <translation>“{0}” desconhecido; use {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» desconocido; use {1} ({2})</source>
      <translation>“{0}” desconhecido; use {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>«{0}» es demasiado grande; debe estar entre {1} y {2}</source>
      <translation>“{0}” é grande demais; deve estar entre {1} e {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» es demasiado grande; el máximo es {1}</source>
      <translation>“{0}” é grande demais; o máximo é {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» es demasiado largo para ser un número ({1} caracteres)</source>
      <translation>“{0}” é longo demais para ser um número ({1} caracteres)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» está fuera de lo posible; debe estar entre 0,000001 y 1.000.000.000</source>
      <translation>“{0}” está fora do possível; deve estar entre 0,000001 e 1.000.000.000</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>«{0}» no es el código ISO 4217 de una moneda vigente; escriba tres letras, por ejemplo USD, EUR, ARS, BRL, UYU, CLP, PYG o MXN</source>
      <translation>“{0}” não é o código ISO 4217 de uma moeda vigente; escreva três letras, por exemplo USD, EUR, ARS, BRL, UYU, CLP, PYG ou MXN</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>«{0}» no es la dirección de un servidor de sello de tiempo (debe empezar con http:// o https://). No se firmó nada.</source>
      <translation>“{0}” não é o endereço de um servidor de carimbo do tempo (deve começar com http:// ou https://). Nada foi assinado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es mayor que cero; escriba cuántas unidades de la moneda del pago vale 1 unidad de la moneda de los cargos (por ejemplo 1400)</source>
      <translation>“{0}” não é maior que zero; digite quantas unidades da moeda do pagamento vale 1 unidade da moeda dos lançamentos (por exemplo 1400)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» no es un código de idioma; escriba códigos de dos letras separados por comas, por ejemplo es,pt</source>
      <translation>“{0}” não é um código de idioma; digite códigos de duas letras separados por vírgulas, por exemplo es,pt</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>«{0}» no es un código de verificación: tiene 12 letras y cifras en tres grupos, como 7K2M-QX4P-9D0B (sin I, L, O ni U). Cópielo del pie del documento.</source>
      <translation>“{0}” não é um código de verificação: ele tem 12 letras e algarismos em três grupos, como 7K2M-QX4P-9D0B (sem I, L, O nem U). Copie-o do rodapé do documento.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/idioma_de_los_documentos.py" />
      <source>«{0}» no es un idioma de documentos; use {1}.</source>
      <translation>“{0}” não é um idioma de documentos; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un importe (ejemplos: 250,00 o 1.250,50); escríbalo con cifras del 0 al 9</source>
      <translation>“{0}” não é um valor (exemplos: 250,00 ou 1.250,50); digite-o com algarismos de 0 a 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un número</source>
      <translation>“{0}” não é um número</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un número (ejemplos: 250,00 o 1.250,50)</source>
      <translation>“{0}” não é um número (exemplos: 250,00 ou 1.250,50)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>«{0}» no es un número de artículo (ejemplos: 14, 14 bis).</source>
      <translation>“{0}” não é um número de artigo (exemplos: 14, 14 bis).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un número; escríbalo con cifras del 0 al 9 (ejemplos: 250,00 o 1.250,50)</source>
      <translation>“{0}” não é um número; digite-o com algarismos de 0 a 9 (exemplos: 250,00 ou 1.250,50)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/paises.py" />
      <source>«{0}» no es un país reconocido; escriba su código ISO de dos letras (AR, BR, UY…) o su nombre</source>
      <translation>“{0}” não é um país reconhecido; digite o código ISO de duas letras (AR, BR, UY…) ou o nome do país</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>«{0}» no es una dirección de servidor válida. Escríbala así: postgresql://USUARIO@EQUIPO:5432/BASE</source>
      <translation>“{0}” não é um endereço de servidor válido. Escreva-o assim: postgresql://USUARIO@EQUIPO:5432/BASE</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>«{0}» no es una fecha válida (AAAA-MM-DD).</source>
      <translation>“{0}” não é uma data válida (AAAA-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>«{0}» no es {1}; escríbalo con cifras del 0 al 9</source>
      <translation>“{0}” não é {1}; escreva-o com algarismos de 0 a 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» no sirve como sigla; use solo letras sin acentos y cifras (se admiten - . &amp; entre ellas), sin espacios; por ejemplo RML o FAM-BR</source>
      <translation>“{0}” não serve como sigla; use somente letras sem acentos e algarismos (são admitidos - . &amp; entre eles), sem espaços; por exemplo RML ou FAM-BR</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>«{0}» tiene historia ({1}): no se puede borrar. Si deja la asociación, use «Dar de baja» con fecha y motivo.</source>
      <translation>“{0}” tem histórico ({1}): não pode ser apagado. Se sair da associação, use “Registrar desligamento” com data e motivo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» tiene más decimales de los que admite {1}; escríbalo con {2} decimales como máximo</source>
      <translation>“{0}” tem mais casas decimais do que {1} admite; digite-o com no máximo {2} casas decimais</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» tiene más decimales de los que admite {1}; escríbalo sin decimales</source>
      <translation>“{0}” tem mais casas decimais do que {1} admite; digite-o sem casas decimais</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>¿Cerrar la {0} del punto {1}. {2}?</source>
      <translation>Encerrar a {0} do item {1}. {2}?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>¿Devolver la sesión {0} a {1}? Todo lo registrado en esta copia para esa sesión (y los documentos emitidos en ella) se guarda en el servidor en una sola operación; si algo no cuadra, no se guarda nada.</source>
      <translation>Devolver a sessão {0} a {1}? Tudo o que foi registrado nesta cópia para essa sessão (e os documentos emitidos nela) é salvo no servidor numa só operação; se algo não bater, nada é salvo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>¿Por qué se cancela el viaje de la sesión {0}? Lo registrado en la copia de viaje ya no vuelve al servidor (hay que hacerlo allí) y la sesión se puede modificar de nuevo en el servidor. El motivo queda en la bitácora:</source>
      <translation>Por que a viagem da sessão {0} é cancelada? O que foi registrado na cópia de viagem não volta mais ao servidor (é preciso fazê-lo lá) e a sessão pode ser modificada de novo no servidor. O motivo fica no registro de auditoria:</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>órgano #{0}</source>
      <translation>órgão #{0}</translation>
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
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>• un movimiento de entonces cambió (por ejemplo, un pago anulado después)</source>
      <translation>• um movimento daquela época mudou (por exemplo, um pagamento anulado depois)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>• y {0} más</source>
      <translation>• e mais {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>… y {0} problemas más.</source>
      <translation>… e mais {0} problemas.</translation>
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
      <source>Con varios puestos resultan electas las más votadas (pluralidad).</source>
      <translation>Com vários lugares, são eleitas as mais votadas (pluralidade).</translation>
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
      <source>La fija el estatuto: solo se vota con ella o con una más exigente.</source>
      <translation>Fixada pelo estatuto: só se vota com ela ou com uma mais exigente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Motivo del cambio de mayoría (queda en el acta)</source>
      <translation>Motivo da mudança de maioria (fica na ata)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Motivo del cambio:</source>
      <translation>Motivo da mudança:</translation>
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
      <source>Puestos: {0}</source>
      <translation>Lugares: {0}</translation>
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
      <source>Regla: {0}.</source>
      <translation>Regra: {0}.</translation>
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
      <source>resultan electas las más votadas, con los cupos por país del órgano</source>
      <translation>são eleitas as mais votadas, com as cotas por país do órgão</translation>
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
      <source>Decidido:</source>
      <translation>Decidido:</translation>
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
      <source>Solicitante</source>
      <translation>Solicitante</translation>
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
      <source>No (de baja)</source>
      <translation>Não (desligado)</translation>
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
      <source> · 1 anulado</source>
      <translation> · 1 anulado</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source> · {0} anulados</source>
      <translation> · {0} anulados</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>1 pago</source>
      <translation>1 pagamento</translation>
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
      <source>Firmas y adhesiones…</source>
      <translation>Assinaturas e adesões…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Guarda la resolución adoptada en PDF, con su código de verificación y su QR</source>
      <translation>Salva a resolução adotada em PDF, com seu código de verificação e seu QR</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>La fija el estatuto: solo se vota con ella o con una más exigente.</source>
      <translation>Fixada pelo estatuto: só se vota com ela ou com uma mais exigente.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A maioria simples é ter mais votos a favor do que contra: conta-se sobre os votos emitidos. Para que as abstenções pesem, escolha maioria absoluta dos presentes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Los miembros que firman la declaración y quienes adhieren sin ser miembros (otras redes, observadores, organizaciones)</source>
      <translation>Os membros que assinam a declaração e quem adere sem ser membro (outras redes, observadores, organizações)</translation>
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
      <source>A segunda vuelta</source>
      <translation>Vai ao segundo turno</translation>
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
      <source>Electa ({0}.º)</source>
      <translation>Eleita ({0}º lugar)</translation>
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
      <source>Votación {0} · pluralidad: las más votadas, con los cupos por país</source>
      <translation>Votação {0} · pluralidade: as mais votadas, com as cotas por país</translation>
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
      <source>✓ {0} mandatos registrados{1}: {2}; {3}.</source>
      <translation>✓ {0} mandatos registrados{1}: {2}; {3}.</translation>
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
      <source>&amp;Conectar a un servidor…</source>
      <translation>&amp;Conectar a um servidor…</translation>
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
      <source>Actualizado con lo que guardó otra persona en el servidor.</source>
      <translation>Atualizado com o que outra pessoa salvou no servidor.</translation>
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
      <source>Conectar a un servidor</source>
      <translation>Conectar a um servidor</translation>
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
      <source>Servidor: {0} — {1}</source>
      <translation>Servidor: {0} — {1}</translation>
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
      <source>Verificar la bas&amp;e…</source>
      <translation>Verificar o banco d&amp;e dados…</translation>
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
      <source>Mandatos por vencer en los próximos 60 días: {0} ({1}). El primero: {2} Véalos en Órganos.</source>
      <translation>Mandatos a vencer nos próximos 60 dias: {0} ({1}). O primeiro: {2} Veja-os em Órgãos.</translation>
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
      <source>Solicitud de ingreso…</source>
      <translation>Solicitação de adesão…</translation>
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
      <source>Cuánto dura un mandato en este órgano, con su artículo</source>
      <translation>Quanto dura um mandato neste órgão, com o artigo correspondente</translation>
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
      <source>Mandatos por vencer:</source>
      <translation>Mandatos a vencer:</translation>
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
      <source>Período…</source>
      <translation>Período…</translation>
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
      <source>Quién integra el órgano por regla (todos los activos, cupos por país, troika, de oficio, presidencia…): agregar y quitar</source>
      <translation>Quem integra o órgão por regra (todos os ativos, cotas por país, troika, membros natos, presidência…): adicionar e remover</translation>
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
      <source>Reglas de composición…</source>
      <translation>Regras de composição…</translation>
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
      <source>mandatos de {0} meses{1}</source>
      <translation>mandatos de {0} meses{1}</translation>
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
      <source>y {0} más (deje el puntero aquí para verlos).</source>
      <translation>e mais {0} (deixe o ponteiro aqui para vê-los).</translation>
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
